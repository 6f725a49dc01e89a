package com.jixiao.report;

import com.jixiao.common.format.Formats;

/**
 * One 汇总表 row as the page shows it, formatted once in Java. A 500-project page evaluates far
 * fewer template expressions this way (measured: rendering was over half of the page's time).
 */
public record SummaryCells(Long projectId, int seq, String office, String name, String sheetPath, String funds,
                           String initialBudget, String annualBudget, String executed, String rate, String score,
                           String grade, String contact, String computedScore, boolean computedDiffers,
                           String computedGrade, String status, int findingCount) {

    static SummaryCells of(SummaryLine line) {
        SummaryRow row = line.row();
        return new SummaryCells(row.projectId(), row.seq(), row.usingOfficeName(), row.displayName(),
                row.sheetId() == null ? null : "/sheets/" + row.sheetId(),
                Formats.money(row.funds()), Formats.money(row.initialBudget()), Formats.money(row.annualBudget()),
                Formats.money(row.executed()),
                line.executionRate() == null ? "—" : Formats.percent(line.executionRate()),
                Formats.score(row.reportedScore()), row.publishedGrade(), row.contact(),
                line.computedTotal() == null ? "—" : Formats.score(line.computedTotal()), line.scoreDiffers(),
                line.computedGrade() == null ? "—" : line.computedGrade(), row.statusLabel(), line.findingCount());
    }
}
