package com.jixiao.sheet.edit;

import com.jixiao.scoring.Band;
import com.jixiao.scoring.FindingCodes;
import com.jixiao.scoring.ScoreKind;
import com.jixiao.scoring.SheetResult.FundsResult;
import com.jixiao.scoring.SheetResult.IndicatorResult;
import com.jixiao.sheet.edit.ReadSheet.ReadCategory;
import com.jixiao.sheet.edit.ReadSheet.ReadRow;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * What a sheet still lacks before it can be submitted (送审). A draft saves with any of these; submit refuses
 * while one remains. Each item links to the input that fixes it.
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
public final class CompletenessCheck {

    /** The codes that block submission, for documentation and tests; the rules are written out below. */
    public static final List<String> BLOCKING_CODES = List.of(FindingCodes.FUNDS_RATE_MISSING_BUDGET,
            FindingCodes.ACTUAL_MISSING, FindingCodes.WEIGHT_MISSING, FindingCodes.DEVIATION_NOTE_MISSING,
            FindingCodes.TARGET_MISSING, FindingCodes.SCORE_MISSING, FindingCodes.QUALITATIVE_ANSWER_MISSING,
            FindingCodes.BAND_VIOLATION, FindingCodes.SCORE_ABOVE_WEIGHT, FindingCodes.SCORE_MISMATCH,
            FindingCodes.WEIGHT_SUM, FindingCodes.TOTAL_ABOVE_100);

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private CompletenessCheck() {
    }

    public static List<MissingItem> check(Evaluation evaluation) {
        ReadSheet sheet = evaluation.sheet();
        List<MissingItem> missing = new ArrayList<>();
        funds(sheet, evaluation, missing);
        if (sheet.expectedGoal() == null) {
            missing.add(new MissingItem("expectedGoal", "年度总体目标：未填写预期目标"));
        }
        if (sheet.actualResult() == null) {
            missing.add(new MissingItem("actualResult", "年度总体目标：未填写实际完成情况"));
        }
        List<ReadRow> rows = sheet.level1().stream().flatMap(one -> one.rows().stream()).toList();
        if (rows.isEmpty()) {
            missing.add(new MissingItem("indicators", "绩效指标：至少填写一个三级指标"));
        }
        for (ReadCategory one : sheet.level1()) {
            for (ReadRow row : one.rows()) {
                row(one, row, evaluation, missing);
            }
        }
        weights(sheet, missing);
        if (evaluation.result().total().compareTo(HUNDRED) > 0) {
            missing.add(new MissingItem("total-box", "总分：按规则计算的总分超过 100，请检查分值"));
        }
        return missing;
    }

    private static void funds(ReadSheet sheet, Evaluation evaluation, List<MissingItem> missing) {
        String first = "funds-APPROPRIATION-";
        if (sheet.total().annualBudget() == null) {
            missing.add(new MissingItem(first + "annualBudget", "项目资金：未填写全年预算数"));
        } else if (sheet.total().annualBudget().signum() == 0) {
            missing.add(new MissingItem(first + "annualBudget", "项目资金：全年预算数为 0，无法计算执行率"));
        }
        if (sheet.total().executed() == null) {
            missing.add(new MissingItem(first + "executed", "项目资金：未填写全年执行数"));
        }
        if (sheet.fundsWeight() == null) {
            missing.add(new MissingItem("fundsWeight", "项目资金：未填写预算执行率的分值"));
        }
        FundsResult funds = evaluation.result().funds();
        if (funds.rate() != null && funds.rate().compareTo(evaluation.result().profile().executionRateThreshold()) < 0
                && sheet.fundsDeviationNote() == null) {
            missing.add(new MissingItem("fundsDeviationNote", "项目资金：执行率低于 "
                    + evaluation.result().profile().executionRateThreshold().movePointRight(2).stripTrailingZeros()
                    .toPlainString() + "%，须填写偏差原因分析及改进措施"));
        }
    }

    private static void row(ReadCategory one, ReadRow row, Evaluation evaluation, List<MissingItem> missing) {
        String id = "r" + row.index() + "-";
        String label = one.name() + "/" + (row.name() == null ? "第 " + (row.index() + 1) + " 行" : row.name()) + "：";
        if (row.name() == null) {
            missing.add(new MissingItem(id + "name", label + "未填写三级指标名称"));
        }
        if (row.target() == null) {
            missing.add(new MissingItem(id + "target", label + "未填写年度指标值"));
        }
        if (row.actual() == null) {
            missing.add(new MissingItem(id + "actual", label + "未填写实际完成值"));
        }
        if (row.weight() == null) {
            missing.add(new MissingItem(id + "weight", label + "未填写分值"));
            return;
        }
        IndicatorResult r = evaluation.resultOf(row.index());
        if (r == null) {
            return;
        }
        BigDecimal score = evaluation.storedScores().get(row.index());
        if (r.kind() == ScoreKind.QUALITATIVE && row.answer() == null && row.target() != null) {
            missing.add(new MissingItem(id + "answer", label + "定性指标须选择达成情况"));
        }
        if (score == null && row.target() != null && row.actual() != null) {
            missing.add(new MissingItem(id + "score", label + "未填写得分（此行按规则无法自动计分）"));
        }
        Band band = r.band();
        if (score != null && band != null && !band.contains(score)) {
            missing.add(new MissingItem(id + "score", label + "得分 " + plain(score) + " 不在区间 " + bandText(band) + " 内"));
        }
        if (score != null && score.compareTo(row.weight()) > 0) {
            missing.add(new MissingItem(id + "score", label + "得分 " + plain(score) + " 超过分值 " + plain(row.weight())));
        }
        if (evaluation.overridden(row) && row.overrideReason() == null) {
            missing.add(new MissingItem(id + "overrideReason", label + "得分改为 " + plain(row.score())
                    + "（按规则为 " + plain(r.computedScore()) + "），须写明调整理由"));
        }
        if (r.deviationNoteRequired() && row.deviationNote() == null) {
            missing.add(new MissingItem(id + "deviationNote", label + r.deviationNoteReason() + "，须填写偏差原因分析及改进措施"));
        }
    }

    private static void weights(ReadSheet sheet, List<MissingItem> missing) {
        BigDecimal all = sheet.fundsWeight() == null ? BigDecimal.ZERO : sheet.fundsWeight();
        for (ReadCategory one : sheet.level1()) {
            BigDecimal rows = BigDecimal.ZERO;
            for (ReadRow row : one.rows()) {
                rows = row.weight() == null ? rows : rows.add(row.weight());
            }
            all = all.add(rows);
            if (one.weight() == null) {
                missing.add(new MissingItem("l1-" + one.index() + "-weight", one.name() + "：未填写一级指标分值"));
            } else if (rows.compareTo(one.weight()) != 0) {
                missing.add(new MissingItem("l1-" + one.index() + "-weight", one.name() + "：三级指标分值合计 "
                        + plain(rows) + "，应等于一级指标分值 " + plain(one.weight())));
            }
        }
        if (all.compareTo(HUNDRED) != 0) {
            missing.add(new MissingItem("fundsWeight", "分值合计（预算执行率加全部三级指标）为 " + plain(all) + "，应为 100"));
        }
    }

    /** [24, 30] rather than the core's [24.00, 30.00]: officers type weights without decimals. */
    static String bandText(Band band) {
        return "[" + plain(band.low()) + ", " + plain(band.high()) + (band.highInclusive() ? "]" : ")");
    }

    private static String plain(BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
    }
}
