package com.jixiao.report;

import com.jixiao.department.Department;
import java.util.List;

/**
 * Every project of a fiscal year over a set of departments, for auditors: the results in {@code rows},
 * which alone make the totals, and the projects without a result apart in {@code unsubmitted}.
 *
 * @param department the one department chosen, null for all departments in scope
 * @param choices    the departments the user may pick from
 * @param years      the fiscal years that have projects, newest first
 */
public record AnnualSummary(int fiscalYear, Department department, List<Department> choices, List<Integer> years,
                            List<SummaryRow> rows, List<UnsubmittedProject> unsubmitted, List<String> gradeNames,
                            SummarySort sort) {

    public SummaryTotals totals() {
        return new SummaryTotals(rows, gradeNames);
    }

    /** The {@code department} parameter that reproduces this view. */
    public String departmentParam() {
        return department == null ? "all" : String.valueOf(department.getId());
    }

    public long departmentCount() {
        return java.util.stream.Stream.concat(rows.stream().map(SummaryRow::departmentId),
                unsubmitted.stream().map(UnsubmittedProject::departmentId)).distinct().count();
    }

    public int projectCount() {
        return rows.size() + unsubmitted.size();
    }
}
