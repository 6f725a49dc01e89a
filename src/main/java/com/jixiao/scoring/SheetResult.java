package com.jixiao.scoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The computed side of a sheet, beside what the officer entered.
 *
 * @param subtotals per 一级指标 in input order: computed row scores, the entered score where the rules cannot
 *                  compute
 * @param total     funds points + Σ row scores as computed; not capped, a total above 100 is a finding
 * @param grade     the profile's grade name of {@code total}
 * @param profile   the profile the sheet was scored with
 */
public record SheetResult(
        FundsResult funds,
        List<IndicatorResult> indicators,
        Map<String, BigDecimal> subtotals,
        BigDecimal total,
        String grade,
        List<Finding> findings,
        RuleProfile profile) {

    /**
     * @param rate  B/A to 6 decimals (0.743826 for 74.38%); null when A is missing or 0, or B is missing
     * @param score min(B/A, 1) × W; 0 when A is missing or 0; null when W or B is missing
     * @param explanation the rule and its numbers in Chinese; null when the block is empty
     */
    public record FundsResult(BigDecimal rate, BigDecimal score, String explanation) {
    }

    /**
     * One row, in input order.
     *
     * @param path                  "产出指标/数量指标/警务站建设数量"
     * @param computedScore         null when the score is entered by hand (qualitative, late date) or the rules
     *                              cannot score the row
     * @param effectiveScore        the computed score, else the entered one kept within [0, W]; what the subtotals
     *                              add up
     * @param band                  the allowed range of a hand-entered score, null when the rules compute the score
     *                              or no answer was chosen
     * @param deviationNoteRequired whether a 偏差原因分析 is required
     * @param deviationNoteReason   why, in Chinese; null when not required
     * @param explanation           which rule gave the score, with the row's numbers, in Chinese
     */
    public record IndicatorResult(
            String path,
            ScoreKind kind,
            ParsedValue target,
            ParsedValue actual,
            BigDecimal weight,
            BigDecimal enteredScore,
            BigDecimal computedScore,
            BigDecimal effectiveScore,
            Band band,
            boolean deviationNoteRequired,
            String deviationNoteReason,
            String explanation) {
    }
}
