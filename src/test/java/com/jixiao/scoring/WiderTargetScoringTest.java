package com.jixiao.scoring;

import com.jixiao.scoring.SheetInput.IndicatorInput;
import com.jixiao.scoring.SheetResult.IndicatorResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static com.jixiao.scoring.FindingCodes.*;
import static com.jixiao.scoring.Sheets.*;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * How the wider readings of issue 16.3 are scored: ranges, change targets, Chinese numerals, points, deadlines with
 * operators. Every expected score is worked out by hand in the comment beside it (W = 10 unless said).
 */
class WiderTargetScoringTest {

    private static final RuleProfile NATIONAL = RuleProfiles.byCode("national").orElseThrow();
    private static final RuleProfile LOCAL_RATIO = RuleProfiles.byCode("local-ratio").orElseThrow();
    private final Scorer scorer = new Scorer();

    private IndicatorResult scored(String target, String actual, RuleProfile profile) {
        IndicatorInput row = row(target, actual, "10", null);
        return scorer.score(oneRow(row), profile).indicators().get(0);
    }

    private IndicatorResult scored(String target, String actual) {
        return scored(target, actual, NATIONAL);
    }

    @ParameterizedTest(name = "{0} / {1} → {2} ({3})")
    @CsvSource(delimiter = '|', textBlock = """
            85%～95%        | 90%       | 10    | RANGE
            85%～95%        | 85%       | 10    | RANGE
            85%～95%        | 95%       | 10    | RANGE
            # below the range as a positive row: 10 × 80/85
            85%～95%        | 80%       | 9.41  | RANGE
            # above it as a reverse row: 10 × (2 × 95 − 100)/95
            85%-95%         | 100%      | 9.47  | RANGE
            80-90分         | 92分      | 9.78  | RANGE
            在80%至90%之间   | 0         | 0     | RANGE
            3-5天           | 4天       | 10    | RANGE
            # a decrease of at least 3: met, partly met (10 × 2/3), the other way (counts as 0)
            降低3%           | 降低3.5%  | 10    | POSITIVE
            降低3%           | 下降2%    | 6.67  | POSITIVE
            降低3%           | 2%        | 6.67  | POSITIVE
            降低3%           | 增长1%    | 0     | POSITIVE
            压减8%           | 压减4%    | 5     | POSITIVE
            增长2个百分点     | 增长1.5个百分点 | 7.5 | POSITIVE
            较上年提高5%      | 同比增长6% | 10    | POSITIVE
            # a cut of at most 5 is a reverse row on the size: 10 × (10 − 8)/5
            压减不超过5%      | 压减8%    | 4     | REVERSE
            # 降至 names the level: a reverse row on the level itself
            降至3%           | 2.5%      | 10    | REVERSE
            降至3%           | 4.5%      | 5     | REVERSE
            提高到95%         | 90%       | 9.47  | POSITIVE
            # words, numerals and units: 10 × 120/150, 10 × 9/10 …
            不少于一百五十人   | 120人     | 8     | POSITIVE
            十次以上          | 9次       | 9     | POSITIVE
            两次             | 两次      | 10    | POSITIVE
            ≥85分            | 90分      | 10    | POSITIVE
            不低于90分        | 八十一分   | 9     | POSITIVE
            控制在100万元以内  | 98.5万元  | 10    | REVERSE
            不超过五十万元     | 600,000元 | 8     | REVERSE
            ≥1.2万人         | 12,500人  | 10    | POSITIVE
            10个工作日内      | 12个工作日 | 8     | REVERSE
            约100人          | 80人      | 8     | POSITIVE
            """)
    void scoresByTheRules(String target, String actual, String score, ScoreKind kind) {
        IndicatorResult r = scored(target, actual);
        assertThat(r.kind()).isEqualTo(kind);
        assertThat(r.computedScore()).isEqualByComparingTo(score);
    }

    /** The reverse variant of a profile applies above a range as on any ≤ row: 10 × 95/100. */
    @Test
    void aboveRangeFollowsTheProfilesReverseFormula() {
        assertThat(scored("85%-95%", "100%", LOCAL_RATIO).computedScore()).isEqualByComparingTo("9.5");
    }

    /** A decrease far beyond its target is an overshoot like any positive row: 4 ≥ 1.3 × 3. */
    @Test
    void decreaseFarBeyondTargetNeedsANote() {
        IndicatorResult r = scored("降低3%", "降低4%");
        assertThat(r.computedScore()).isEqualByComparingTo("10");
        assertThat(r.deviationNoteRequired()).isTrue();
        assertThat(r.deviationNoteReason()).contains("指标值可能设定过低");
    }

    /** 提高5% says how much it rose, not the level reached: against ≥95% the officer judges the row. */
    @Test
    void changeAgainstALevelIsJudgedByHand() {
        SheetResult r = scorer.score(oneRow(withAnswer(row("≥95%", "提高5%", "10", "9"),
                QualitativeAnswer.ACHIEVED)), NATIONAL);
        assertThat(r.indicators().get(0).kind()).isEqualTo(ScoreKind.QUALITATIVE);
        assertThat(r.indicators().get(0).band()).isNotNull();
    }

    /** A range is no measured value: as an actual it is judged by hand, like 完成. */
    @Test
    void rangeAsActualIsJudgedByHand() {
        assertThat(scored("≥90%", "90%-95%").kind()).isEqualTo(ScoreKind.QUALITATIVE);
    }

    @Test
    void rangeAgainstOtherUnitIsNotScorable() {
        IndicatorResult r = scored("80-90分", "85%");
        assertThat(r.kind()).isEqualTo(ScoreKind.NOT_SCORABLE);
        assertThat(scorer.score(oneRow(row("80-90分", "85%", "10", "8")), NATIONAL).findings())
                .extracting(Finding::code).contains(UNIT_MISMATCH);
    }

    @Test
    void rangeWithoutActualIsARangeRowMissingItsActual() {
        SheetResult r = scorer.score(oneRow(row("85%～95%", "", "10", "8")), NATIONAL);
        assertThat(r.indicators().get(0).kind()).isEqualTo(ScoreKind.RANGE);
        assertThat(r.findings()).extracting(Finding::code).contains(ACTUAL_MISSING);
    }

    /** Deadlines with operators and without a year take the sheet's year (2021 in {@link Sheets#oneRow}). */
    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ≤2021年6月         | 2021年5月20日
            11月底前           | 已于2021年10月完成
            第三季度前          | 2021年9月30日
            年底前             | 2021年12月
            不晚于2021年6月30日  | 2021-06-30
            上半年             | 2021年6月
            """)
    void deadlinesMet(String target, String actual) {
        IndicatorResult r = scored(target, actual);
        assertThat(r.kind()).isEqualTo(ScoreKind.DATE);
        assertThat(r.computedScore()).isEqualByComparingTo("10");
    }

    @Test
    void deadlineMissedIsScoredByHandBelowTheAchievedBand() {
        IndicatorResult r = scored("第三季度前", "2021年10月");
        assertThat(r.kind()).isEqualTo(ScoreKind.DATE);
        assertThat(r.computedScore()).isNull();
        assertThat(r.band().toString()).contains("8");
    }

    /** What still cannot be read stays qualitative, with the finding it always had. */
    @Test
    void unreadableTargetStaysQualitativeWithAFinding() {
        SheetResult r = scorer.score(oneRow(row("不低于上年", "增长5%", "10", "10")), NATIONAL);
        assertThat(r.indicators().get(0).kind()).isEqualTo(ScoreKind.QUALITATIVE);
        assertThat(r.findings()).extracting(Finding::code).contains(TARGET_NOT_MEASURABLE);
    }
}
