package com.jixiao.dashboard;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The auditors' year across the departments in their scope: one line per department, summed by the
 * database, and the province's totals over those lines.
 *
 * @param gradeNames the grades in order, best first; {@code grades} count the reported 自评得分
 */
record ProvinceDashboard(int year, List<Integer> years, List<DepartmentLine> departments, Progress progress,
                         List<String> gradeNames, Map<String, Long> grades, long fundsFindings) {

    /**
     * @param averageScore  mean of the reported scores of the department's results (as its 汇总表)
     * @param executionRate Σ executed / Σ annual budget of its results (as its 汇总表)
     * @param fundsFindings findings of the funds block over its results (see ProvinceQueries)
     * @param url           its department dashboard
     */
    record DepartmentLine(Long departmentId, String departmentName, Progress progress, BigDecimal averageScore,
                          BigDecimal executionRate, BigDecimal executionPercent, Map<String, Long> grades,
                          long fundsFindings, String url) {
    }

    static ProvinceDashboard of(int year, List<Integer> years, List<DepartmentLine> lines, List<String> gradeNames) {
        long[] states = new long[Progress.KEYS.size()];
        Map<String, Long> grades = new LinkedHashMap<>();
        gradeNames.forEach(name -> grades.put(name, 0L));
        long findings = 0;
        for (DepartmentLine line : lines) {
            for (int i = 0; i < states.length; i++) {
                states[i] += line.progress().statuses().get(i).count();
            }
            line.grades().forEach((name, count) -> grades.merge(name, count, Long::sum));
            findings += line.fundsFindings();
        }
        return new ProvinceDashboard(year, years, lines, Progress.of(states), gradeNames, grades, findings);
    }

    /** The departments with the most funds-block findings, at most ten, for the 问题最多的部门 chart. */
    @JsonProperty
    public List<DepartmentLine> mostFindings() {
        return departments.stream().filter(line -> line.fundsFindings() > 0)
                .sorted(Comparator.comparingLong(DepartmentLine::fundsFindings).reversed()
                        .thenComparing(DepartmentLine::departmentName))
                .limit(10).toList();
    }
}
