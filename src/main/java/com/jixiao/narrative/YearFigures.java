package com.jixiao.narrative;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * What a department's year amounts to, for drafting its report: the results (submitted and approved sheets, filed
 * 汇总表 rows) counted and summed, the projects still without a result counted apart. Computed by the 汇总表 (module
 * report, which implements {@link YearFiguresSource}) so that the report drafts from the same numbers it prints.
 *
 * @param executionRate Σ 全年执行数 / Σ 全年预算数, null without a budget
 * @param averageScore  mean of the scores computed by the rules, to the cent; null when nothing is scored
 * @param gradeCounts   projects per computed grade, in the profile's order (优, 良, 中, 差)
 * @param belowGood     projects whose computed grade is below 良
 * @param lowExecution  projects whose execution rate is below 90 %
 * @param missingNotes  places where a 偏差原因分析 is required but missing
 * @param attachments   the 附1 of every result, in the 汇总表's order
 */
public record YearFigures(String summaryTitle, int resultCount, int unsubmittedCount, BigDecimal initialBudget,
                          BigDecimal annualBudget, BigDecimal executed, BigDecimal executionRate,
                          BigDecimal averageScore, Map<String, Long> gradeCounts, List<ProjectScore> belowGood,
                          List<ProjectRate> lowExecution, List<MissingNote> missingNotes,
                          List<Attachment> attachments) {

    public record ProjectScore(String name, BigDecimal score, String grade) {
    }

    public record ProjectRate(String name, BigDecimal rate) {
    }

    /** @param where the indicator path (产出指标/数量指标/…) or 预算执行率 */
    public record MissingNote(String project, String where) {
    }

    /** @param sheetId null for a 汇总表 row filed without a 附1 */
    public record Attachment(String name, Long sheetId) {
    }
}
