package com.jixiao.dashboard;

import java.math.BigDecimal;
import java.util.List;

/**
 * A department's year at a glance. Every figure is taken from the department's 汇总表
 * ({@code SummaryService.summary}): the same results (submitted and approved sheets, filed rows), the
 * same scores from the score cache, the same averages, so that the dashboard and the 汇总表 never
 * disagree. Serialized as the JSON the charts draw from, and rendered as the tables beside them.
 *
 * @param previous the same figures for the year before; null when the department had no projects then
 */
record DepartmentDashboard(Long departmentId, String departmentName, int year, Progress progress,
                           YearFigures current, YearFigures previous, List<ProjectPoint> points,
                           List<FindingKind> findings, List<AttentionProject> attention) {

    /** One project with a sheet: its execution rate (percent) against its score by the rules. */
    record ProjectPoint(Long projectId, Long sheetId, String name, BigDecimal executionPercent,
                        BigDecimal score, String grade, String url) {
    }

    record FindingKind(String code, String title, long count) {
    }

    /** @param reasons why it needs attention, in Chinese */
    record AttentionProject(Long projectId, String name, BigDecimal score, String grade,
                            BigDecimal executionPercent, List<String> reasons, String url) {
    }

    /** The 汇总表's totals of one year. */
    record YearFigures(int year, long projects, long results, BigDecimal averageScore,
                       BigDecimal averageComputedScore, BigDecimal executionRate, BigDecimal executionPercent,
                       BigDecimal totalFunds, long findingCount, List<GradeCount> grades) {
    }

    record GradeCount(String grade, long count) {
    }
}
