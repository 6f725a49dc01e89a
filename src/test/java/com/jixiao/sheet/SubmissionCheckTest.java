package com.jixiao.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.jixiao.sheet.Missing.Part;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The sheet's own completeness check ({@link ScoreSheet#missingForSubmission()}): each rule, its place and message. */
class SubmissionCheckTest {

    static Indicator level2(ScoreSheet sheet, int level1, int level2) {
        return sheet.tree().level1().get(level1).level2().get(level2).node();
    }

    /** The complete sheet with the 产出指标 row replaced by {@code row} (weight 50). */
    static ScoreSheet withOutputRow(IndicatorEntry row) {
        ScoreSheet sheet = SheetMother.complete();
        ScoreSheetEditsTest.giveIds(sheet);
        var plan = ScoreSheetEditsTest.planOf(sheet);
        var output = plan.level1().get(0);
        var first = output.level2().get(0);
        var level2 = new java.util.ArrayList<>(output.level2());
        level2.set(0, new IndicatorPlan.Level2(first.id(), java.util.List.of(new IndicatorPlan.Row(first.rows().get(0).id(),
                row))));
        var level1 = new java.util.ArrayList<>(plan.level1());
        level1.set(0, new IndicatorPlan.Category(output.id(), output.weight(), level2));
        sheet.replaceIndicators(new IndicatorPlan(level1));
        return sheet;
    }

    static IndicatorEntry row(String target, String actual, String score, String answer, String overrideReason,
                              String deviationNote) {
        return new IndicatorEntry("警务站建设数量", target, actual, new BigDecimal("50"),
                score == null ? null : new BigDecimal(score), answer, overrideReason, deviationNote);
    }

    @Test
    void aCompleteSheetLacksNothing() {
        assertThat(SheetMother.complete().missingForSubmission()).isEmpty();
    }

    @Test
    void anEmptyDraftListsEverythingInPageOrder() {
        assertThat(SheetMother.emptyDraft().missingForSubmission()).extracting(Missing::part, Missing::index,
                Missing::message).containsExactly(
                tuple(Part.ANNUAL_BUDGET, -1, "项目资金：未填写全年预算数"),
                tuple(Part.EXECUTED, -1, "项目资金：未填写全年执行数"),
                tuple(Part.EXPECTED_GOAL, -1, "年度总体目标：未填写预期目标"),
                tuple(Part.ACTUAL_RESULT, -1, "年度总体目标：未填写实际完成情况"),
                tuple(Part.INDICATORS, -1, "绩效指标：至少填写一个三级指标"),
                tuple(Part.LEVEL1_WEIGHT, 0, "产出指标：三级指标分值合计 0，应等于一级指标分值 50"),
                tuple(Part.LEVEL1_WEIGHT, 1, "效益指标：三级指标分值合计 0，应等于一级指标分值 30"),
                tuple(Part.LEVEL1_WEIGHT, 2, "满意度指标：三级指标分值合计 0，应等于一级指标分值 10"),
                tuple(Part.FUNDS_WEIGHT, -1, "分值合计（预算执行率加全部三级指标）为 10，应为 100"));
    }

    @Test
    void fundsNeedABudgetOtherThanZeroAWeightAndANoteBelowTheThreshold() {
        ScoreSheet zero = SheetMother.complete();
        FundsEntry.Amounts amounts = new FundsEntry.Amounts(null, BigDecimal.ZERO, BigDecimal.ONE, null);
        zero.reviseFunds(new FundsEntry(null, null, null, null, Map.of(FundsLineKind.TOTAL, amounts)));
        assertThat(zero.missingForSubmission()).extracting(Missing::part, Missing::message).contains(
                tuple(Part.ANNUAL_BUDGET, "项目资金：全年预算数为 0，无法计算执行率"),
                tuple(Part.FUNDS_WEIGHT, "项目资金：未填写预算执行率的分值"));

        ScoreSheet low = SheetMother.complete();
        FundsEntry.Amounts spent = new FundsEntry.Amounts(null, new BigDecimal("100"), new BigDecimal("80"), null);
        low.reviseFunds(new FundsEntry(BigDecimal.TEN, null, null, null, Map.of(FundsLineKind.TOTAL, spent)));
        assertThat(low.missingForSubmission()).extracting(Missing::part, Missing::message).containsExactly(
                tuple(Part.FUNDS_DEVIATION_NOTE, "项目资金：执行率低于 90%，须填写偏差原因分析及改进措施"));

        low.reviseFunds(new FundsEntry(BigDecimal.TEN, null, null, "年底前资金未全部到位", Map.of(FundsLineKind.TOTAL, spent)));
        assertThat(low.missingForSubmission()).isEmpty();
    }

    @Test
    void aRowNeedsNameTargetActualAndWeight() {
        ScoreSheet sheet = withOutputRow(new IndicatorEntry(" ", null, "", null, null, null, null, null));
        assertThat(sheet.missingForSubmission()).extracting(Missing::part, Missing::index, Missing::message)
                .startsWith(
                        tuple(Part.ROW_NAME, 0, "产出指标/第 1 行：未填写三级指标名称"),
                        tuple(Part.ROW_TARGET, 0, "产出指标/第 1 行：未填写年度指标值"),
                        tuple(Part.ROW_ACTUAL, 0, "产出指标/第 1 行：未填写实际完成值"),
                        tuple(Part.ROW_WEIGHT, 0, "产出指标/第 1 行：未填写分值"));
    }

    @Test
    void anOverrideOfAComputedScoreNeedsAReason() {
        assertThat(withOutputRow(row("≥2个", "2个", "45", null, null, "扣减原因")).missingForSubmission())
                .extracting(Missing::part, Missing::index, Missing::message)
                .contains(tuple(Part.ROW_OVERRIDE_REASON, 0, "产出指标/警务站建设数量：得分改为 45（按规则为 50），须写明调整理由"));
        assertThat(withOutputRow(row("≥2个", "2个", "45", null, "验收时发现质量问题", "扣减原因"))
                .missingForSubmission()).extracting(Missing::part).doesNotContain(Part.ROW_OVERRIDE_REASON);
    }

    @Test
    void aScoreAboveTheWeightIsRefused() {
        assertThat(withOutputRow(row("≥2个", "2个", "60", null, "多给", null)).missingForSubmission())
                .extracting(Missing::part, Missing::message)
                .contains(tuple(Part.ROW_SCORE, "产出指标/警务站建设数量：得分 60 超过分值 50"));
    }

    @Test
    void aMissedTargetNeedsADeviationNote() {
        ScoreSheet missed = withOutputRow(row("≥95%", "90%", null, null, null, null));
        assertThat(missed.missingForSubmission()).filteredOn(m -> m.part() == Part.ROW_DEVIATION_NOTE).singleElement()
                .satisfies(m -> assertThat(m.message()).startsWith("产出指标/警务站建设数量：得分 47.37 低于分值 50")
                        .endsWith("，须填写偏差原因分析及改进措施"));
        assertThat(withOutputRow(row("≥95%", "90%", null, null, null, "设备到货推迟")).missingForSubmission())
                .extracting(Missing::part).doesNotContain(Part.ROW_DEVIATION_NOTE);
    }

    @Test
    void aQualitativeRowNeedsAnAnswerAndAHandScoreInsideItsBand() {
        assertThat(withOutputRow(row("有效提升", "明显提升", null, null, null, null)).missingForSubmission())
                .extracting(Missing::part, Missing::message).contains(
                        tuple(Part.ROW_ANSWER, "产出指标/警务站建设数量：定性指标须选择达成情况"),
                        tuple(Part.ROW_SCORE, "产出指标/警务站建设数量：未填写得分（此行按规则无法自动计分）"));
        assertThat(withOutputRow(row("有效提升", "明显提升", "30", "ACHIEVED", null, "说明")).missingForSubmission())
                .extracting(Missing::part, Missing::message)
                .contains(tuple(Part.ROW_SCORE, "产出指标/警务站建设数量：得分 30 不在区间 [40, 50] 内"));
        assertThat(withOutputRow(row("有效提升", "明显提升", "45", "ACHIEVED", null, "说明")).missingForSubmission())
                .isEmpty();
    }

    @Test
    void weightsMustAddUpAndTheTotalStayWithin100() {
        ScoreSheet sheet = SheetMother.complete();
        sheet.addRow(level2(sheet, 0, 1), SheetMother.row("验收合格率", "≥95%", "100%", BigDecimal.TEN));
        assertThat(sheet.missingForSubmission()).extracting(Missing::part, Missing::index, Missing::message)
                .containsExactly(
                        tuple(Part.LEVEL1_WEIGHT, 0, "产出指标：三级指标分值合计 60，应等于一级指标分值 50"),
                        tuple(Part.FUNDS_WEIGHT, -1, "分值合计（预算执行率加全部三级指标）为 110，应为 100"),
                        tuple(Part.TOTAL, -1, "总分：按规则计算的总分超过 100，请检查分值"));
    }
}
