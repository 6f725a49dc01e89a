package com.jixiao.scoring;

import com.jixiao.scoring.SheetInput.IndicatorInput;
import com.jixiao.scoring.SheetResult.IndicatorResult;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static com.jixiao.scoring.FindingCodes.DEVIATION_NOTE_MISSING;
import static com.jixiao.scoring.Sheets.*;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each shipped profile on rows worked out by hand, and the explanation beside each score: the sentence must carry
 * the same numbers as the score it explains.
 */
class ProfilesTest {

    private final Scorer scorer = new Scorer();

    private static RuleProfile profile(String code) {
        return RuleProfiles.byCode(code).orElseThrow();
    }

    private IndicatorResult one(IndicatorInput row, String profile) {
        return scorer.score(oneRow(row), profile(profile)).indicators().get(0);
    }

    private static boolean noteMissing(SheetResult r) {
        return r.findings().stream().anyMatch(f -> f.code().equals(DEVIATION_NOTE_MISSING));
    }

    @Test
    void nationalReverseRowLinearToTwiceTheTarget() {
        // ≤5%, actual 7%, W 20: 20 × (1 − (7 − 5)/5) = 20 × 0.6 = 12
        IndicatorResult r = one(row("≤5%", "7%", "20", null), "national");
        assertThat(r.computedScore()).isEqualByComparingTo("12");
        assertThat(r.explanation()).isEqualTo("反向指标：实际 7% 超过 5%，得分 = 20 ×（1 − 2/5）= 12");
    }

    @Test
    void localRatioReverseRowIsWTimesTOverX() {
        // 20 × 5/7 = 14.2857… → 14.29
        IndicatorResult r = one(row("≤5%", "7%", "20", null), "local-ratio");
        assertThat(r.computedScore()).isEqualByComparingTo("14.29");
        assertThat(r.explanation()).isEqualTo("反向指标：实际 7% 超过 5%，得分 = 20 × 5/7 = 14.29");
        // local-ratio's 部分达成 band starts at 50 %: [10, 16) for W = 20
        IndicatorResult q = one(withAnswer(row("有效提升", "基本完成", "20", "11"), QualitativeAnswer.PARTIALLY_ACHIEVED),
                "local-ratio");
        assertThat(q.band()).hasToString("[10.00, 16.00)");
        assertThat(q.explanation()).isEqualTo("定性指标：“部分达成年度指标并具有一定效果”，得分由人工在 [10.00, 16.00) 内评定");
    }

    @Test
    void positiveRowAndFundsExplainedWithTheirNumbers() {
        IndicatorResult r = one(row("≥80%", "70%", "10", null), "national");
        assertThat(r.computedScore()).isEqualByComparingTo("8.75");
        assertThat(r.explanation()).isEqualTo("正向指标：实际 70% 未达到指标值 80%，得分 = 10 × 70/80 = 8.75");
        SheetResult s = scorer.score(sheet(funds("79", "79", "58.762315", "10", null), null, null),
                profile("national"));
        // 58.762315 / 79 = 0.743826… → 7.44 points
        assertThat(s.funds().score()).isEqualByComparingTo("7.44");
        assertThat(s.funds().explanation())
                .isEqualTo("预算执行率：58.762315/79 = 74.383%，得分 = 10 × 58.762315/79 = 7.44");
    }

    @Test
    void hebeiScoresAsNationalButNamesGradesInFull() {
        SheetInput in = sheet(funds("100", "100", "100", "10", "10"), null, null,
                level1("产出指标", "90", row("≥98%", "90%", "90", null)));
        // 10 + 90 × 90/98 = 10 + 82.65 = 92.65
        SheetResult national = scorer.score(in, profile("national"));
        SheetResult hebei = scorer.score(in, profile("hebei"));
        assertThat(hebei.total()).isEqualByComparingTo("92.65").isEqualByComparingTo(national.total());
        assertThat(national.grade()).isEqualTo("优");
        assertThat(hebei.grade()).isEqualTo("优秀");
    }

    @Test
    void guangxiWantsANoteOnEveryQualitativeRowAndAt130Percent() {
        IndicatorInput fullMarks = withAnswer(row("有效提升", "明显提升", "10", "10"), QualitativeAnswer.ACHIEVED);
        assertThat(noteMissing(scorer.score(oneRow(fullMarks), profile("national")))).isFalse();
        SheetResult guangxi = scorer.score(oneRow(fullMarks), profile("guangxi"));
        assertThat(noteMissing(guangxi)).isTrue();
        assertThat(guangxi.indicators().get(0).deviationNoteReason()).contains("定性指标须逐项说明");
        assertThat(noteMissing(scorer.score(oneRow(withNote(fullMarks, "已完成，群众反映良好")), profile("guangxi"))))
                .isFalse();
        // 13 against ≥10 is exactly 130 %: a note; 12.9 is not
        assertThat(one(row("≥10", "13", "10", "10"), "guangxi").deviationNoteRequired()).isTrue();
        assertThat(one(row("≥10", "12.9", "10", "10"), "guangxi").deviationNoteRequired()).isFalse();
    }

    @Test
    void sichuanWantsANoteBelowNinetyPercentExecution() {
        // 89 / 100 = 89 %: 8.9 points and a note; 90 / 100 needs none
        SheetResult below = scorer.score(sheet(funds("100", "100", "89", "10", "8.9"), null, null), profile("sichuan"));
        assertThat(below.funds().score()).isEqualByComparingTo("8.90");
        assertThat(noteMissing(below)).isTrue();
        SheetResult at = scorer.score(sheet(funds("100", "100", "90", "10", "9"), null, null), profile("sichuan"));
        assertThat(noteMissing(at)).isFalse();
    }

    @Test
    void profileWithoutOvershootNoteAndWholePoints() {
        RuleProfile whole = new RuleProfile("whole", 2, "整数分", ReverseFormula.LINEAR_TO_DOUBLE,
                new BigDecimal("0.8"), new BigDecimal("0.6"), new BigDecimal("1.3"), false, BigDecimal.ZERO, false,
                0, 0, new BigDecimal(90), new BigDecimal(80), new BigDecimal(60), List.of("优秀", "良好", "合格", "不合格"),
                "测试");
        // 10 × 70/80 = 8.75 → 9 with whole row points; funds 10 × 74.38 % = 7.438… → 7
        SheetResult r = scorer.score(sheet(funds("79", "79", "58.762315", "10", null), null, null,
                level1("产出指标", null, row("≥80%", "70%", "10", null), row("≥10", "20", "10", "10"))), whole);
        assertThat(r.indicators().get(0).computedScore()).isEqualByComparingTo("9");
        assertThat(r.funds().score()).isEqualByComparingTo("7");
        assertThat(r.indicators().get(1).deviationNoteRequired()).as("overshoot without a note").isFalse();
        assertThat(r.findings()).noneMatch(f -> f.code().equals(DEVIATION_NOTE_MISSING) && f.path().equals(Finding.FUNDS));
        // 7 + 9 + 10 = 26
        assertThat(r.grade()).isEqualTo("不合格");
    }

    @Test
    void dateAndUnscorableRowsExplained() {
        assertThat(one(row("2021年12月底", "2021年11月", "5", null), "national").explanation())
                .isEqualTo("日期指标：2021-11-30 完成，未晚于 2021-12-31，得满分 5");
        assertThat(one(row("", "3", "5", "5"), "national").explanation())
                .isEqualTo("无法按规则计算（未填写年度指标值），沿用录入得分");
    }

    @Test
    void shippedProfilesStateTheirSource() {
        assertThat(RuleProfiles.all()).extracting(RuleProfile::code)
                .contains("national", "hebei", "guangxi", "sichuan");
        assertThat(RuleProfiles.all()).allSatisfy(p -> assertThat(p.source()).isNotBlank());
        assertThat(profile("guangxi").source()).contains("假设");
    }
}
