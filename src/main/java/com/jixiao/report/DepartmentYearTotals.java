package com.jixiao.report;

import java.math.BigDecimal;

/**
 * One department's year in the auditors' overview, summed by the database: what the 合计 row of
 * its 汇总表 shows for the reported figures, without scoring its sheets.
 *
 * Only results count in the sums and the average (issue 11); the projects without one are counted apart.
 *
 * @param results          projects whose figures are results: sheet submitted or approved, or a filed 汇总表 row
 * @param reportedScoreSum sum of the reported scores (自评得分) over {@code scoredProjects}
 */
public record DepartmentYearTotals(Long departmentId, String departmentName, long projects, long results,
                                   long submitted, long approved, BigDecimal funds, BigDecimal annualBudget,
                                   BigDecimal executed, BigDecimal reportedScoreSum, long scoredProjects) {

    /** 未提交: drafts, returned sheets and projects without a sheet. */
    public long unsubmitted() {
        return projects - results;
    }

    public BigDecimal executionRate() {
        return SummaryTotals.rate(executed, annualBudget);
    }

    public BigDecimal averageScore() {
        return SummaryTotals.mean(reportedScoreSum, scoredProjects);
    }
}
