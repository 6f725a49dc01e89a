package com.jixiao.scoring;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;

import static com.jixiao.scoring.Sheets.bd;
import static org.assertj.core.api.Assertions.assertThat;

/** The formulas of DESIGN.md §5 with numbers worked out by hand. */
class RulesTest {

    private static final RuleProfile NATIONAL = RuleProfile.nationalDefault();

    /** min(B/A, 1) × W, rounded 2. */
    @ParameterizedTest(name = "{1}/{0} × {2} = {3}")
    @CsvSource({
            "79,  58.762315, 10, 7.44",   // 0.7438268 × 10 — the seed printed 7
            "20,  0.64,      10, 0.32",   // 0.032 × 10 — the seed printed 1
            "10,  6.9,       10, 6.90",   // the seed printed 10
            "100, 82.73,     10, 8.27",   // the seed printed 8.5
            "58,  57.888,    10, 9.98",   // 0.99807 × 10 — the seed printed 10
            "100, 19.997,    10, 2.00",
            "10,  12,        10, 10.00",  // capped at W
            "100, 100,       20, 20.00"})
    void fundsPoints(String a, String b, String w, String expected) {
        assertThat(Rules.fundsPoints(bd(a), bd(b), bd(w), NATIONAL)).isEqualByComparingTo(expected);
    }

    /** X ≥ T → W, else W × X/T. */
    @ParameterizedTest(name = "T={0} X={1} W={2} → {3}")
    @CsvSource({
            "80,  70,   10, 8.75",   // 10 × 70/80
            "30,  29.5, 20, 19.67",  // 20 × 29.5/30 = 19.666…
            "98,  80,   10, 8.16",   // 10 × 80/98 = 8.163…
            "98,  70,   10, 7.14",   // 10 × 70/98 = 7.142…
            "98,  98,   20, 20.00",  // met exactly
            "98,  100,  5,  5.00",
            "98,  0,    10, 0.00",
            "0,   0,    10, 10.00"})
    void positive(String t, String x, String w, String expected) {
        assertThat(Rules.positive(bd(x), bd(t), bd(w), 2)).isEqualByComparingTo(expected);
    }

    @ParameterizedTest(name = "=T={0} X={1} W={2} → {3}")
    @CsvSource({
            "1,  1, 20, 20.00",
            "10, 5, 10, 5.00",   // as positive: 10 × 5/10
            "0,  0, 10, 10.00",  // = 0 met
            "0,  1, 10, 0.00"})  // = 0 missed: all or nothing
    void equal(String t, String x, String w, String expected) {
        assertThat(Rules.equal(bd(x), bd(t), bd(w), 2)).isEqualByComparingTo(expected);
    }

    /** X ≤ T → W; T < X < 2T → W × (1 − (X−T)/T); X ≥ 2T → 0. */
    @ParameterizedTest(name = "≤T={0} X={1} W={2} → {3}")
    @CsvSource({
            "5,  0,   10, 10.00",
            "5,  5,   10, 10.00",
            "5,  6,   10, 8.00",   // 10 × (1 − 1/5)
            "5,  7.5, 10, 5.00",   // 10 × (1 − 2.5/5)
            "5,  9.9, 10, 0.20",   // 10 × (1 − 4.9/5)
            "5,  10,  10, 0.00",   // 2T
            "5,  12,  10, 0.00",
            "10, 12,  10, 8.00",   // 小于10万 vs 12万
            "0,  0,   10, 10.00",
            "0,  1,   10, 0.00"})
    void reverseLinear(String t, String x, String w, String expected) {
        assertThat(Rules.reverse(bd(x), bd(t), bd(w), ReverseFormula.LINEAR_TO_DOUBLE, 2))
                .isEqualByComparingTo(expected);
    }

    /** The local variant: W × T/X. */
    @ParameterizedTest(name = "≤T={0} X={1} W={2} → {3}")
    @CsvSource({
            "5, 4,  10, 10.00",
            "5, 6,  10, 8.33",   // 10 × 5/6
            "5, 10, 10, 5.00",   // no cliff at 2T
            "5, 50, 10, 1.00",
            "0, 1,  10, 0.00"})
    void reverseRatio(String t, String x, String w, String expected) {
        assertThat(Rules.reverse(bd(x), bd(t), bd(w), ReverseFormula.RATIO, 2)).isEqualByComparingTo(expected);
    }

    @Test
    void qualitativeBandsNational() {
        BigDecimal w = bd("10");
        assertThat(Rules.band(QualitativeAnswer.ACHIEVED, w, NATIONAL)).hasToString("[8.00, 10.00]");
        assertThat(Rules.band(QualitativeAnswer.PARTIALLY_ACHIEVED, w, NATIONAL)).hasToString("[6.00, 8.00)");
        assertThat(Rules.band(QualitativeAnswer.NOT_ACHIEVED, w, NATIONAL)).hasToString("[0.00, 6.00)");
        Band partial = Rules.band(QualitativeAnswer.PARTIALLY_ACHIEVED, w, NATIONAL);
        assertThat(partial.contains(bd("6"))).isTrue();
        assertThat(partial.contains(bd("7.99"))).isTrue();
        assertThat(partial.contains(bd("8"))).isFalse();
        assertThat(Rules.band(QualitativeAnswer.ACHIEVED, w, NATIONAL).contains(bd("10"))).isTrue();
    }

    @Test
    void qualitativeBandsEightyFifty() {
        RuleProfile local = RuleProfiles.byCode("local-ratio").orElseThrow();
        assertThat(Rules.band(QualitativeAnswer.PARTIALLY_ACHIEVED, bd("20"), local)).hasToString("[10.00, 16.00)");
        assertThat(Rules.band(QualitativeAnswer.NOT_ACHIEVED, bd("20"), local)).hasToString("[0.00, 10.00)");
    }

    @Test
    void overshootAtThirtyPercentAbove() {
        assertThat(Rules.overshoots(bd("13"), bd("10"), NATIONAL)).isTrue();    // exactly 1.3 T
        assertThat(Rules.overshoots(bd("12.99"), bd("10"), NATIONAL)).isFalse();
        assertThat(Rules.overshoots(bd("100"), bd("85"), NATIONAL)).isFalse();  // 110.5 needed
        assertThat(Rules.overshoots(bd("100"), bd("60"), NATIONAL)).isTrue();
        assertThat(Rules.overshoots(bd("5"), bd("0"), NATIONAL)).isFalse();
    }
}
