package com.jixiao.report;

import com.jixiao.scoring.Finding;
import com.jixiao.scoring.Rates;
import com.jixiao.scoring.Grades;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * The 合计 row of a 汇总表, computed from its rows: one implementation for the department page,
 * the cross-department view and the printed report.
 */
public record SummaryTotals(List<SummaryRow> rows, List<String> gradeNames) {

    public BigDecimal totalFunds() {
        return sum(SummaryRow::funds);
    }

    public BigDecimal totalInitialBudget() {
        return sum(SummaryRow::initialBudget);
    }

    public BigDecimal totalAnnualBudget() {
        return sum(SummaryRow::annualBudget);
    }

    public BigDecimal totalExecuted() {
        return sum(SummaryRow::executed);
    }

    /**
     * The execution rate over the whole set: Σ executed / Σ annual budget over the projects with a
     * sheet — not the mean of the projects' rates, which would weigh a 1 万元 project like a 100 万元 one.
     */
    public BigDecimal executionRate() {
        return rate(totalExecuted(), totalAnnualBudget());
    }

    /** Σ executed / Σ annual budget by the one rule for rates ({@link Rates}); shared with {@link DepartmentYearTotals}. */
    static BigDecimal rate(BigDecimal executed, BigDecimal annualBudget) {
        return Rates.of(executed, annualBudget);
    }

    /** Mean of the reported scores, to the cent; null when nothing is scored. */
    public BigDecimal averageScore() {
        return average(rows.stream().map(SummaryRow::reportedScore).toList());
    }

    /** Mean of the scores computed by the rules, over the projects with a sheet. */
    public BigDecimal averageComputedScore() {
        return average(rows.stream().map(SummaryRow::computedTotal).toList());
    }

    /**
     * Number of projects per computed grade, in the profile's order (优, 良, 中, 差). Sheets scored under a profile
     * that names its grades otherwise (优秀, 合格 …) count under the same four grades.
     */
    public Map<String, Long> computedGradeCounts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        gradeNames.forEach(name -> counts.put(name, 0L));
        rows.stream().map(SummaryRow::computedGrade).filter(Objects::nonNull)
                .map(grade -> Grades.parse(grade).map(g -> gradeNames.get(g.ordinal())).orElse(grade))
                .forEach(grade -> counts.merge(grade, 1L, Long::sum));
        return counts;
    }

    /** Number of projects per grade as reported (printed 汇总表 names such as 优秀), in order of appearance. */
    public Map<String, Long> reportedGradeCounts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        rows.stream().map(SummaryRow::publishedGrade).filter(Objects::nonNull)
                .forEach(grade -> counts.merge(grade, 1L, Long::sum));
        return counts;
    }

    public long findingCount() {
        return rows.stream().mapToLong(SummaryRow::findingCount).sum();
    }

    public List<Finding> allFindings() {
        return rows.stream().flatMap(row -> row.findings().stream()).toList();
    }

    private static BigDecimal average(List<BigDecimal> values) {
        List<BigDecimal> present = values.stream().filter(Objects::nonNull).toList();
        if (present.isEmpty()) {
            return null;
        }
        return mean(present.stream().reduce(BigDecimal.ZERO, BigDecimal::add), present.size());
    }

    /** A mean to the cent, shared with {@link DepartmentYearTotals}; null over nothing. */
    static BigDecimal mean(BigDecimal sum, long count) {
        return count == 0 ? null : sum.divide(BigDecimal.valueOf(count), 2, RoundingMode.HALF_UP);
    }

    private BigDecimal sum(Function<SummaryRow, BigDecimal> column) {
        return rows.stream().map(column).filter(Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
