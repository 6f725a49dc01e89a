package com.jixiao.report;

import java.math.BigDecimal;

/**
 * One department's year in the auditors' overview, summed by the database: what the 合计 row of
 * its 汇总表 shows for the reported figures, without scoring its sheets.
 *
 * @param reportedScoreSum sum of the reported scores (自评得分) over {@code scoredProjects}
 */
public record DepartmentYearTotals(Long departmentId, String departmentName, long projects, long sheets,
                                   long submitted, long approved, BigDecimal funds, BigDecimal annualBudget,
                                   BigDecimal executed, BigDecimal reportedScoreSum, long scoredProjects) {

    public BigDecimal executionRate() {
        return SummaryTotals.rate(executed, annualBudget);
    }

    public BigDecimal averageScore() {
        return SummaryTotals.mean(reportedScoreSum, scoredProjects);
    }
}
