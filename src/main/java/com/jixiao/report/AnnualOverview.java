package com.jixiao.report;

import com.jixiao.department.Department;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;

/**
 * The auditors' view of a year when the selection has more projects than one page can list: a
 * line per department (drill down to its projects by choosing it) and the 合计 over all of them.
 *
 * @param department the one department chosen, null for all departments in scope
 * @param listLimit  the most projects the project-by-project view lists
 */
public record AnnualOverview(int fiscalYear, Department department, List<Department> choices, List<Integer> years,
                             List<DepartmentYearTotals> departments, long projectCount, int listLimit) {

    /** The {@code department} parameter that reproduces this view. */
    public String departmentParam() {
        return department == null ? "all" : String.valueOf(department.getId());
    }

    public BigDecimal totalFunds() {
        return sum(DepartmentYearTotals::funds);
    }

    public BigDecimal totalAnnualBudget() {
        return sum(DepartmentYearTotals::annualBudget);
    }

    public BigDecimal totalExecuted() {
        return sum(DepartmentYearTotals::executed);
    }

    public BigDecimal executionRate() {
        return SummaryTotals.rate(totalExecuted(), totalAnnualBudget());
    }

    /** Mean of all reported scores of the year (not the mean of the departments' means). */
    public BigDecimal averageScore() {
        return SummaryTotals.mean(sum(DepartmentYearTotals::reportedScoreSum),
                departments.stream().mapToLong(DepartmentYearTotals::scoredProjects).sum());
    }

    public long totalResults() {
        return departments.stream().mapToLong(DepartmentYearTotals::results).sum();
    }

    public long totalUnsubmitted() {
        return departments.stream().mapToLong(DepartmentYearTotals::unsubmitted).sum();
    }

    public long totalSubmitted() {
        return departments.stream().mapToLong(DepartmentYearTotals::submitted).sum();
    }

    public long totalApproved() {
        return departments.stream().mapToLong(DepartmentYearTotals::approved).sum();
    }

    private BigDecimal sum(Function<DepartmentYearTotals, BigDecimal> column) {
        return departments.stream().map(column).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
