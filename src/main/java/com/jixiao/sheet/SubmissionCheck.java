package com.jixiao.sheet;

import com.jixiao.scoring.Band;
import com.jixiao.scoring.QualitativeAnswer;
import com.jixiao.scoring.ScoreKind;
import com.jixiao.scoring.SheetResult;
import com.jixiao.scoring.SheetResult.FundsResult;
import com.jixiao.scoring.SheetResult.IndicatorResult;
import com.jixiao.sheet.Missing.Part;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * What a sheet still lacks before it can be submitted (送审), read from the sheet itself and its score: the rules of
 * {@link ScoreSheet#missingForSubmission()}. A draft saves with any of these; submit refuses while one remains.
 *
 * <p>Blocking, with the scoring code each rule corresponds to:
 * <ul>
 *   <li>预算执行率: 全年预算数 and 全年执行数 filled, the budget not 0 ({@code FUNDS_RATE_MISSING_BUDGET},
 *       {@code ACTUAL_MISSING}), its 分值 ({@code WEIGHT_MISSING}), a 偏差原因分析 when the rate is below the
 *       profile's threshold ({@code DEVIATION_NOTE_MISSING});</li>
 *   <li>年度总体目标: 预期目标 and 实际完成情况 both written;</li>
 *   <li>at least one 三级指标; per row: name, 年度指标值 ({@code TARGET_MISSING}), 实际完成值
 *       ({@code ACTUAL_MISSING}), 分值 ({@code WEIGHT_MISSING}); a hand score where the rules do not compute
 *       one ({@code SCORE_MISSING}); for a qualitative row the chosen answer
 *       ({@code QUALITATIVE_ANSWER_MISSING}) and a score inside its band ({@code BAND_VIOLATION}, also for late
 *       dates); a score not above the weight ({@code SCORE_ABOVE_WEIGHT}); a written reason for an override of a
 *       computed score ({@code SCORE_MISMATCH} — with a reason the override stands and does not block); a
 *       偏差原因分析 where the result says it is required ({@code DEVIATION_NOTE_MISSING});</li>
 *   <li>weights: each 一级指标's rows add up to its weight and all weights with the funds weight to 100
 *       ({@code WEIGHT_SUM}); the total not above 100 ({@code TOTAL_ABOVE_100}).</li>
 * </ul>
 * Not blocking (shown as findings only): {@code EXECUTION_RATE_ABOVE_100} (spending above the budget happens and
 * is explained in the notes), {@code UNIT_MISMATCH} (the row is then hand-scored, which is checked above),
 * {@code ACTUAL_NOT_MEASURED}, {@code TARGET_NOT_MEASURABLE}, {@code INDICATOR_MISPLACED} — warnings for the
 * reviewer — and {@code TOTAL_MISMATCH}, which follows from an accepted override.
 */
final class SubmissionCheck {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private SubmissionCheck() {
    }

    /** @param result the sheet scored as it stands, its rows in {@code tree} order */
    static List<Missing> missing(ScoreSheet sheet, SheetTree tree, SheetResult result) {
        List<Missing> missing = new ArrayList<>();
        funds(sheet, result, missing);
        if (blank(sheet.getExpectedGoal())) {
            missing.add(new Missing(Part.EXPECTED_GOAL, -1, "年度总体目标：未填写预期目标"));
        }
        if (blank(sheet.getActualResult())) {
            missing.add(new Missing(Part.ACTUAL_RESULT, -1, "年度总体目标：未填写实际完成情况"));
        }
        List<Indicator> rows = tree.level3Rows();
        if (rows.isEmpty()) {
            missing.add(new Missing(Part.INDICATORS, -1, "绩效指标：至少填写一个三级指标"));
        }
        int index = 0;
        for (SheetTree.Level1 one : tree.level1()) {
            for (SheetTree.Level2 two : one.level2()) {
                for (Indicator row : two.rows()) {
                    IndicatorResult r = index < result.indicators().size() ? result.indicators().get(index) : null;
                    row(one.node(), row, index++, r, missing);
                }
            }
        }
        weights(sheet, tree, missing);
        if (result.total().compareTo(HUNDRED) > 0) {
            missing.add(new Missing(Part.TOTAL, -1, "总分：按规则计算的总分超过 100，请检查分值"));
        }
        return missing;
    }

    private static void funds(ScoreSheet sheet, SheetResult result, List<Missing> missing) {
        FundsLine total = sheet.totalFunds().orElse(null);
        BigDecimal budget = total == null ? null : total.getAnnualBudget();
        if (budget == null) {
            missing.add(new Missing(Part.ANNUAL_BUDGET, -1, "项目资金：未填写全年预算数"));
        } else if (budget.signum() == 0) {
            missing.add(new Missing(Part.ANNUAL_BUDGET, -1, "项目资金：全年预算数为 0，无法计算执行率"));
        }
        if (total == null || total.getExecuted() == null) {
            missing.add(new Missing(Part.EXECUTED, -1, "项目资金：未填写全年执行数"));
        }
        if (sheet.getFundsWeight() == null) {
            missing.add(new Missing(Part.FUNDS_WEIGHT, -1, "项目资金：未填写预算执行率的分值"));
        }
        FundsResult funds = result.funds();
        BigDecimal threshold = result.profile().executionRateThreshold();
        if (funds.rate() != null && funds.rate().compareTo(threshold) < 0 && blank(sheet.getFundsDeviationNote())) {
            missing.add(new Missing(Part.FUNDS_DEVIATION_NOTE, -1, "项目资金：执行率低于 "
                    + threshold.movePointRight(2).stripTrailingZeros().toPlainString() + "%，须填写偏差原因分析及改进措施"));
        }
    }

    private static void row(Indicator one, Indicator row, int index, IndicatorResult r, List<Missing> missing) {
        String label = one.getName() + "/" + (blank(row.getName()) ? "第 " + (index + 1) + " 行" : row.getName()) + "：";
        if (blank(row.getName())) {
            missing.add(new Missing(Part.ROW_NAME, index, label + "未填写三级指标名称"));
        }
        if (blank(row.getTargetText())) {
            missing.add(new Missing(Part.ROW_TARGET, index, label + "未填写年度指标值"));
        }
        if (blank(row.getActualText())) {
            missing.add(new Missing(Part.ROW_ACTUAL, index, label + "未填写实际完成值"));
        }
        if (row.getWeight() == null) {
            missing.add(new Missing(Part.ROW_WEIGHT, index, label + "未填写分值"));
            return;
        }
        if (r == null) {
            return;
        }
        // The score the row stands with: the entered one, else the one the rules compute (what the editor stores).
        BigDecimal entered = row.getEnteredScore();
        BigDecimal score = entered != null ? entered : r.computedScore();
        QualitativeAnswer answer = IndicatorEntry.answer(row.getQualitativeAnswer());
        if (r.kind() == ScoreKind.QUALITATIVE && answer == null && !blank(row.getTargetText())) {
            missing.add(new Missing(Part.ROW_ANSWER, index, label + "定性指标须选择达成情况"));
        }
        if (score == null && !blank(row.getTargetText()) && !blank(row.getActualText())) {
            missing.add(new Missing(Part.ROW_SCORE, index, label + "未填写得分（此行按规则无法自动计分）"));
        }
        Band band = r.band();
        if (score != null && band != null && !band.contains(score)) {
            missing.add(new Missing(Part.ROW_SCORE, index, label + "得分 " + plain(score) + " 不在区间 " + bandText(band) + " 内"));
        }
        if (score != null && score.compareTo(row.getWeight()) > 0) {
            missing.add(new Missing(Part.ROW_SCORE, index, label + "得分 " + plain(score) + " 超过分值 "
                    + plain(row.getWeight())));
        }
        boolean overridden = r.computedScore() != null && entered != null && entered.compareTo(r.computedScore()) != 0;
        if (overridden && blank(row.getScoreOverrideReason())) {
            missing.add(new Missing(Part.ROW_OVERRIDE_REASON, index, label + "得分改为 " + plain(entered)
                    + "（按规则为 " + plain(r.computedScore()) + "），须写明调整理由"));
        }
        if (r.deviationNoteRequired() && blank(row.getDeviationNote())) {
            missing.add(new Missing(Part.ROW_DEVIATION_NOTE, index, label + r.deviationNoteReason()
                    + "，须填写偏差原因分析及改进措施"));
        }
    }

    private static void weights(ScoreSheet sheet, SheetTree tree, List<Missing> missing) {
        BigDecimal all = sheet.getFundsWeight() == null ? BigDecimal.ZERO : sheet.getFundsWeight();
        int index = 0;
        for (SheetTree.Level1 one : tree.level1()) {
            BigDecimal rows = BigDecimal.ZERO;
            for (SheetTree.Level2 two : one.level2()) {
                for (Indicator row : two.rows()) {
                    rows = row.getWeight() == null ? rows : rows.add(row.getWeight());
                }
            }
            all = all.add(rows);
            BigDecimal weight = one.node().getWeight();
            String name = one.node().getName();
            if (weight == null) {
                missing.add(new Missing(Part.LEVEL1_WEIGHT, index, name + "：未填写一级指标分值"));
            } else if (rows.compareTo(weight) != 0) {
                missing.add(new Missing(Part.LEVEL1_WEIGHT, index, name + "：三级指标分值合计 " + plain(rows)
                        + "，应等于一级指标分值 " + plain(weight)));
            }
            index++;
        }
        if (all.compareTo(HUNDRED) != 0) {
            missing.add(new Missing(Part.FUNDS_WEIGHT, -1, "分值合计（预算执行率加全部三级指标）为 " + plain(all) + "，应为 100"));
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    /** [24, 30] rather than the core's [24.00, 30.00]: officers type weights without decimals. */
    private static String bandText(Band band) {
        return "[" + plain(band.low()) + ", " + plain(band.high()) + (band.highInclusive() ? "]" : ")");
    }

    private static String plain(BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
    }
}
