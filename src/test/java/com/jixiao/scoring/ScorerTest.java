package com.jixiao.scoring;

import com.jixiao.scoring.SheetInput.FundsInput;
import com.jixiao.scoring.SheetResult.IndicatorResult;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.jixiao.scoring.FindingCodes.*;
import static com.jixiao.scoring.Sheets.*;
import static org.assertj.core.api.Assertions.assertThat;

/** Each rule through the Scorer: kind, computed score and the findings it raises. */
class ScorerTest {

    private final Scorer scorer = new Scorer();
    private final RuleProfile national = RuleProfile.nationalDefault();

    private SheetResult score(SheetInput in) {
        return scorer.score(in, national);
    }

    private static List<String> codes(SheetResult r) {
        return r.findings().stream().map(Finding::code).toList();
    }

    /** Findings about rows only: a one-row test sheet does not add up to 100, which is not what it tests. */
    private static List<String> rowCodes(SheetResult r) {
        return r.findings().stream().filter(f -> !f.path().equals(Finding.TOTAL)).map(Finding::code).toList();
    }

    private static IndicatorResult only(SheetResult r) {
        return r.indicators().get(0);
    }

    @Test
    void positiveBelowTargetNamesRowAndNumbers() {
        SheetResult r = score(oneRow(row("数量指标", "服务对象满意度", "≥80%", "70%", "10", "7")));
        assertThat(only(r).kind()).isEqualTo(ScoreKind.POSITIVE);
        assertThat(only(r).computedScore()).isEqualByComparingTo("8.75");
        assertThat(only(r).deviationNoteRequired()).isTrue();
        assertThat(r.findings()).filteredOn(f -> f.code().equals(SCORE_MISMATCH)).singleElement()
                .satisfies(f -> {
                    assertThat(f.message()).isEqualTo(
                            "产出指标/数量指标/服务对象满意度：录入得分 7.00，按规则应为 8.75（分值 10，指标值 ≥80%，实际 70%）");
                    assertThat(f.path()).isEqualTo("产出指标/数量指标/服务对象满意度");
                    assertThat(f.severity()).isEqualTo(Severity.ERROR);
                });
        assertThat(rowCodes(r)).contains(DEVIATION_NOTE_MISSING, INDICATOR_MISPLACED);
    }

    @Test
    void metTargetThatLostPoints() {
        SheetResult r = score(oneRow(row("≥98%", "98%", "20", "18")));
        assertThat(only(r).computedScore()).isEqualByComparingTo("20.00");
        assertThat(r.findings()).filteredOn(f -> f.code().equals(SCORE_MISMATCH)).singleElement()
                .extracting(Finding::message).asString().contains("指标已达成却被扣分", "录入得分 18.00", "按规则应为 20.00");
        assertThat(rowCodes(r)).contains(DEVIATION_NOTE_MISSING);
    }

    @Test
    void noteGivenSilencesDeviationFinding() {
        SheetResult r = score(oneRow(withNote(row("≥30%", "29.5%", "20", "19.67"), "年底结案积压")));
        assertThat(only(r).computedScore()).isEqualByComparingTo("19.67");
        assertThat(only(r).deviationNoteRequired()).isTrue();
        assertThat(rowCodes(r)).isEmpty();
    }

    @Test
    void fullScoreMetTargetRaisesNothing() {
        SheetResult r = score(oneRow(row("≥90%", "100%", "20", "20")));
        assertThat(rowCodes(r)).isEmpty();
        assertThat(only(r).deviationNoteRequired()).isFalse();
    }

    @Test
    void overshootNeedsNote() {
        SheetResult r = score(oneRow(row("≥10%", "100%", "10", "10")));
        assertThat(only(r).computedScore()).isEqualByComparingTo("10");
        assertThat(only(r).deviationNoteReason()).contains("1.3 倍");
        assertThat(rowCodes(r)).containsExactly(DEVIATION_NOTE_MISSING);
    }

    @Test
    void reverseRowsAndTenThousandScale() {
        assertThat(only(score(oneRow(row("小于等于 5%", "0", "10", "10")))).computedScore()).isEqualByComparingTo("10");
        assertThat(only(score(oneRow(row("小于58万", "57.888", "10", "10")))).computedScore())
                .isEqualByComparingTo("10");
        assertThat(only(score(oneRow(row("小于 10 万", "6.9 万", "10", "10")))).computedScore())
                .isEqualByComparingTo("10");
        assertThat(only(score(oneRow(row("小于10万", "69000元", "10", "10")))).computedScore())
                .isEqualByComparingTo("10");
        // 12万 against 小于10万: 10 × (1 − 2/10) = 8
        IndicatorResult over = only(score(oneRow(row("小于10万", "120000元", "10", "8"))));
        assertThat(over.kind()).isEqualTo(ScoreKind.REVERSE);
        assertThat(over.computedScore()).isEqualByComparingTo("8.00");
        // the RATIO profile: 10 × 10/12 = 8.33
        SheetResult ratio = scorer.score(oneRow(row("小于10万", "12万", "10", "8")),
                RuleProfiles.byCode("local-ratio").orElseThrow());
        assertThat(only(ratio).computedScore()).isEqualByComparingTo("8.33");
    }

    @Test
    void equalRows() {
        assertThat(only(score(oneRow(row("=1", "1", "20", "20")))).kind()).isEqualTo(ScoreKind.EQUAL);
        assertThat(only(score(oneRow(row("=0", "2", "10", "0")))).computedScore()).isEqualByComparingTo("0");
    }

    @Test
    void negativeActualCountsAsZero() {
        assertThat(only(score(oneRow(row("≥10", "-5", "10", "0")))).computedScore()).isEqualByComparingTo("0");
        assertThat(only(score(oneRow(row("≤5", "-5", "10", "10")))).computedScore()).isEqualByComparingTo("10");
    }

    @Test
    void percentAgainstPlainNumberIsNotComparable() {
        SheetResult r = score(oneRow(row("≤5", "100%", "10", "10")));
        assertThat(only(r).kind()).isEqualTo(ScoreKind.NOT_SCORABLE);
        assertThat(only(r).computedScore()).isNull();
        assertThat(only(r).effectiveScore()).isEqualByComparingTo("10");
        assertThat(r.findings()).filteredOn(f -> f.code().equals(UNIT_MISMATCH)).singleElement()
                .extracting(Finding::severity).isEqualTo(Severity.WARNING);
        assertThat(rowCodes(score(oneRow(row("≥5条", "5人", "10", "10"))))).contains(UNIT_MISMATCH);
    }

    @Test
    void numericTargetWithTextActualIsQualitative() {
        SheetResult r = score(oneRow(withAnswer(row("≥5", "完成", "10", "10"), QualitativeAnswer.ACHIEVED)));
        assertThat(only(r).kind()).isEqualTo(ScoreKind.QUALITATIVE);
        assertThat(only(r).computedScore()).isNull();
        assertThat(only(r).band()).hasToString("[8.00, 10.00]");
        assertThat(rowCodes(r)).isEmpty();
    }

    @Test
    void bandViolationNamesTheBand() {
        SheetResult r = score(oneRow(withAnswer(row("有效提升", "有所提升", "10", "9"),
                QualitativeAnswer.PARTIALLY_ACHIEVED)));
        assertThat(rowCodes(r)).contains(TARGET_NOT_MEASURABLE, BAND_VIOLATION);
        assertThat(r.findings()).filteredOn(f -> f.code().equals(BAND_VIOLATION)).singleElement()
                .extracting(Finding::message).asString().contains("[6.00, 8.00)", "录入得分 9.00");
    }

    @Test
    void qualitativeWithoutAnswerIsInfoOnly() {
        SheetResult r = score(oneRow(row("降低案发率", "完成", "10", "10")));
        assertThat(only(r).band()).isNull();
        assertThat(r.findings()).filteredOn(f -> !f.path().equals(Finding.TOTAL)).extracting(Finding::severity)
                .containsOnly(Severity.INFO);
        assertThat(rowCodes(r)).containsExactly(TARGET_NOT_MEASURABLE, QUALITATIVE_ANSWER_MISSING);
    }

    @Test
    void datesOnTimeAndLate() {
        IndicatorResult onTime = only(score(oneRow(row("2021年12 月底", "2021年 6月底", "10", "10"))));
        assertThat(onTime.kind()).isEqualTo(ScoreKind.DATE);
        assertThat(onTime.computedScore()).isEqualByComparingTo("10");
        assertThat(only(score(oneRow(row("12月底前", "2021-12-31", "10", "10")))).computedScore())
                .isEqualByComparingTo("10");

        SheetResult late = score(oneRow(row("2021年6月底", "2021年12月底", "10", "10")));
        assertThat(only(late).computedScore()).isNull();
        assertThat(only(late).band()).hasToString("[0.00, 8.00)");
        assertThat(rowCodes(late)).contains(BAND_VIOLATION);
    }

    @Test
    void actualWrittenAsRange() {
        SheetResult r = score(oneRow(row(">=20%", ">=20%", "30", "30")));
        assertThat(only(r).computedScore()).isEqualByComparingTo("30");
        assertThat(rowCodes(r)).containsExactly(ACTUAL_NOT_MEASURED);
    }

    @Test
    void missingParts() {
        assertThat(rowCodes(score(oneRow(row("≥90%", "", "10", "10"))))).containsExactly(ACTUAL_MISSING);
        assertThat(rowCodes(score(oneRow(row("", "90%", "10", "10"))))).containsExactly(TARGET_MISSING);
        assertThat(rowCodes(score(oneRow(row("≥90%", "100%", null, "10"))))).containsExactly(WEIGHT_MISSING);
        assertThat(rowCodes(score(oneRow(row("≥90%", "100%", "10", null))))).contains(SCORE_MISSING);
        // an unused template line ("指标 2:") is no finding
        assertThat(rowCodes(score(oneRow(row("指标 2:", null, null, null, null, null))))).isEmpty();
    }

    @Test
    void scoreAboveWeight() {
        SheetResult r = score(oneRow(row("降低案发率", "完成", "10", "100")));
        assertThat(r.findings()).filteredOn(f -> f.code().equals(SCORE_ABOVE_WEIGHT)).singleElement()
                .extracting(Finding::message).asString().contains("录入得分 100.00 超过分值 10");
    }

    @Test
    void fundsBlock() {
        // 机关所站运转专项: 58.762315 / 79 = 74.38 % → 7.44, printed 7, no reason given
        SheetResult r = score(sheet(funds("79", "79", "58.762315", "10", "7"), null, null));
        assertThat(r.funds().rate()).isEqualByComparingTo("0.74383");
        assertThat(r.funds().score()).isEqualByComparingTo("7.44");
        assertThat(r.findings()).filteredOn(f -> f.code().equals(FUNDS_SCORE_MISMATCH)).singleElement()
                .extracting(Finding::message).asString()
                .isEqualTo("预算执行率：录入得分 7.00，按规则应为 7.44（分值 10，执行率 58.762315/79 = 74.383%）");
        assertThat(codes(r)).containsExactlyInAnyOrder(FUNDS_SCORE_MISMATCH, DEVIATION_NOTE_MISSING);

        FundsInput explained = new FundsInput(bd("79"), bd("79"), bd("58.762315"), bd("10"), bd("7.44"),
                bd("74.38"), "财政资金不足，无法及时拨付");
        assertThat(codes(score(sheet(explained, null, null)))).isEmpty();
    }

    @Test
    void fundsEdgeCases() {
        SheetResult noBudget = score(sheet(funds("0", "0", "5", "10", "10"), null, null));
        assertThat(noBudget.funds().rate()).isNull();
        assertThat(noBudget.funds().score()).isEqualByComparingTo("0");
        // the budget finding already says "按规则得 0 分"; the printed 10 needs no second finding
        assertThat(codes(noBudget)).containsExactly(FUNDS_RATE_MISSING_BUDGET);

        SheetResult over = score(sheet(funds("10", "10", "12", "10", "10"), null, null));
        assertThat(over.funds().score()).isEqualByComparingTo("10");
        assertThat(codes(over)).containsExactly(EXECUTION_RATE_ABOVE_100);
    }

    @Test
    void printedRateOutsideItsPrecision() {
        FundsInput rounded = new FundsInput(bd("100"), bd("100"), bd("82.73"), bd("10"), bd("8.27"), bd("83"), "x");
        assertThat(codes(score(sheet(rounded, null, null)))).isEmpty();
        FundsInput wrong = new FundsInput(bd("10"), bd("10"), bd("6.9"), bd("10"), bd("6.9"), bd("100"), "x");
        assertThat(codes(score(sheet(wrong, null, null)))).containsExactly(EXECUTION_RATE_MISMATCH);
    }

    @Test
    void totalsSubtotalsAndGrade() {
        SheetInput in = new SheetInput(funds("100", "100", "82.73", "10", "8.5"), List.of(
                level1("产出指标", "50", row("≥30%", "29.5%", "20", "19"), row("≥100%", "100%", "30", "30")),
                level1("效益指标", "30", withAnswer(row("降低案发率", "完成", "30", "30"), QualitativeAnswer.ACHIEVED)),
                level1("满意度指标", "10", row("≥85%", "90%", "10", "10"))),
                bd("97.5"), bd("90"), "优秀", 2021);
        SheetResult r = score(in);
        // 8.27 + (19.67 + 30) + 30 (entered, qualitative) + 10 = 97.94
        assertThat(r.subtotals()).containsExactly(
                org.assertj.core.api.Assertions.entry("产出指标", bd("49.67")),
                org.assertj.core.api.Assertions.entry("效益指标", bd("30.00")),
                org.assertj.core.api.Assertions.entry("满意度指标", bd("10.00")));
        assertThat(r.total()).isEqualByComparingTo("97.94");
        assertThat(r.grade()).isEqualTo("优");
        assertThat(codes(r)).contains(TOTAL_WEIGHT_MISMATCH, TOTAL_MISMATCH, FUNDS_SCORE_MISMATCH, SCORE_MISMATCH);
        assertThat(r.findings()).filteredOn(f -> f.code().equals(TOTAL_MISMATCH)).singleElement()
                .extracting(Finding::message).isEqualTo("总分印为 97.50，按规则重算为 97.94（优）");
        assertThat(r.findings()).filteredOn(f -> f.code().equals(TOTAL_WEIGHT_MISMATCH)).singleElement()
                .extracting(Finding::message).isEqualTo("总分分值印为 90，但预算执行率与各三级指标分值合计为 100");
    }

    @Test
    void weightSumsAndPrintedTotal() {
        SheetInput in = new SheetInput(funds("58", "58", "58", "10", "10"), List.of(
                level1("产出指标", "50", row("≥1", "1", "50", "50")),
                level1("效益指标", "30", row("≥1", "1", "20", "20"), row("≥1", "1", "20", "20")),
                level1("满意度指标", "10", row("≥1", "1", "10", "10"))),
                bd("100"), bd("100"), "优", 2021);
        SheetResult r = score(in);
        assertThat(r.findings()).filteredOn(f -> f.code().equals(WEIGHT_SUM)).extracting(Finding::message)
                .containsExactly("效益指标：下属三级指标分值合计 40，与一级指标分值 30 不符",
                        "全部分值合计（预算执行率 10 加各三级指标）为 110，应为 100");
        assertThat(r.findings()).filteredOn(f -> f.code().equals(TOTAL_MISMATCH)).extracting(Finding::message)
                .containsExactly("总分印为 100.00，但预算执行率得分与各指标录入得分合计为 110.00",
                        "总分印为 100.00，按规则重算为 110.00（优）");
        assertThat(codes(r)).contains(TOTAL_ABOVE_100, TOTAL_WEIGHT_MISMATCH);
    }

    @Test
    void gradeOfPrintedTotal() {
        SheetInput in = new SheetInput(null, List.of(level1("产出指标", null, row("≥1", "1", "74", "74"))),
                bd("74"), null, "优秀", 2021);
        assertThat(score(in).findings()).filteredOn(f -> f.code().equals(GRADE_MISMATCH)).singleElement()
                .extracting(Finding::message).isEqualTo("自评等级印为 优秀，但总分 74.00 对应等级为 中");
    }

    @Test
    void emptySheetIsScoredWithoutErrors() {
        SheetResult r = score(new SheetInput(null, null, null, null, null, 2021));
        assertThat(r.total()).isEqualByComparingTo("0");
        assertThat(r.grade()).isEqualTo("差");
        assertThat(r.findings()).isEmpty();
    }
}
