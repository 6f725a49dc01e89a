package com.jixiao.scoring;

import com.jixiao.scoring.SheetInput.FundsInput;
import com.jixiao.scoring.SheetInput.IndicatorInput;
import com.jixiao.scoring.SheetInput.Level1Input;
import com.jixiao.scoring.SheetResult.IndicatorResult;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.Scale;
import net.jqwik.api.constraints.Size;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The invariants of issue 3, checked end to end through the parser and the scorer. */
class ScoringProperties {

    private final Scorer scorer = new Scorer();

    private BigDecimal computed(String target, BigDecimal actual, BigDecimal weight, RuleProfile profile) {
        IndicatorInput row = new IndicatorInput("数量指标", "指标", target, actual.toPlainString(), weight, null, null, null);
        IndicatorResult r = scorer.score(Sheets.oneRow(row), profile).indicators().get(0);
        return r.computedScore();
    }

    @Provide
    Arbitrary<String> operators() {
        return Arbitraries.of("≥", ">", "=", "≤", "<", "", "不低于", "小于等于");
    }

    @Provide
    Arbitrary<RuleProfile> profiles() {
        return Arbitraries.of(RuleProfiles.all());
    }

    @Property
    void scoreLiesBetweenZeroAndWeight(@ForAll("operators") String op,
                                       @ForAll @BigRange(min = "0", max = "1000") @Scale(2) BigDecimal target,
                                       @ForAll @BigRange(min = "-100", max = "3000") @Scale(3) BigDecimal actual,
                                       @ForAll @BigRange(min = "0", max = "50") @Scale(1) BigDecimal weight,
                                       @ForAll("profiles") RuleProfile profile) {
        BigDecimal s = computed(op + target.toPlainString() + "%", actual, weight, profile);
        // actual written without % compares only when it is 0; otherwise the row is not scorable by rule
        if (s != null) {
            assertThat(s).isBetween(BigDecimal.ZERO, weight);
        }
        BigDecimal withPercent = scorer.score(Sheets.oneRow(new IndicatorInput("数量指标", "指标",
                        op + target.toPlainString() + "%", actual.toPlainString() + "%", weight, null, null, null)),
                profile).indicators().get(0).computedScore();
        assertThat(withPercent).isNotNull().isBetween(BigDecimal.ZERO, weight);
    }

    @Property
    void positiveRowsNeverLoseByDoingMore(@ForAll @BigRange(min = "0.01", max = "1000") @Scale(2) BigDecimal target,
                                          @ForAll @BigRange(min = "-10", max = "2000") @Scale(2) BigDecimal x1,
                                          @ForAll @BigRange(min = "0", max = "500") @Scale(2) BigDecimal more,
                                          @ForAll @BigRange(min = "1", max = "50") BigDecimal weight,
                                          @ForAll("profiles") RuleProfile profile) {
        String t = "≥" + target.toPlainString();
        assertThat(computed(t, x1.add(more), weight, profile))
                .isGreaterThanOrEqualTo(computed(t, x1, weight, profile));
    }

    @Property
    void reverseRowsNeverGainByDoingMore(@ForAll @BigRange(min = "0", max = "1000") @Scale(2) BigDecimal target,
                                         @ForAll @BigRange(min = "-10", max = "2000") @Scale(2) BigDecimal x1,
                                         @ForAll @BigRange(min = "0", max = "500") @Scale(2) BigDecimal more,
                                         @ForAll @BigRange(min = "1", max = "50") BigDecimal weight,
                                         @ForAll("profiles") RuleProfile profile) {
        String t = "≤" + target.toPlainString();
        assertThat(computed(t, x1.add(more), weight, profile))
                .isLessThanOrEqualTo(computed(t, x1, weight, profile));
    }

    @Provide
    Arbitrary<IndicatorInput> rows() {
        Arbitrary<String> targets = Arbitraries.of("≥98%", "≤5%", "=1", "2个", "小于10万", "降低案发率", "2021年12月底",
                "≥98", "");
        Arbitrary<String> actuals = Arbitraries.of("100%", "70%", "0", "1", "2个", "6.9万", "完成", "2021年6月底",
                "2022年3月底", "12万", "");
        Arbitrary<BigDecimal> weights = Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal(30))
                .ofScale(0).injectNull(0.05);
        Arbitrary<BigDecimal> scores = Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal(40))
                .ofScale(2).injectNull(0.1);
        Arbitrary<QualitativeAnswer> answers = Arbitraries.of(QualitativeAnswer.class).injectNull(0.3);
        return Combinators.combine(targets, actuals, weights, scores, answers)
                .as((t, a, w, s, ans) -> new IndicatorInput("数量指标", "指标", t, a, w, s, null, ans));
    }

    @Provide
    Arbitrary<FundsInput> funds() {
        Arbitrary<BigDecimal> money = Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal(200))
                .ofScale(6).injectNull(0.05);
        return Combinators.combine(money, money, Arbitraries.of(new BigDecimal(10), new BigDecimal(20)))
                .as((a, b, w) -> new FundsInput(a, a, b, w, null, null));
    }

    @Property
    void totalIsFundsPointsPlusRowsAndGradeMatchesIt(@ForAll("funds") FundsInput funds,
                                                     @ForAll @Size(max = 8) List<@From("rows") IndicatorInput> out,
                                                     @ForAll @Size(max = 8) List<@From("rows") IndicatorInput> ben,
                                                     @ForAll("profiles") RuleProfile profile) {
        SheetInput in = new SheetInput(funds, List.of(new Level1Input("产出指标", null, out),
                new Level1Input("效益指标", null, ben)), null, null, null, 2021);
        SheetResult r = scorer.score(in, profile);

        BigDecimal rows = BigDecimal.ZERO;
        for (IndicatorResult i : r.indicators()) {
            if (i.effectiveScore() != null) {
                rows = rows.add(i.effectiveScore());
            }
        }
        BigDecimal fundsPoints = r.funds().score() == null ? BigDecimal.ZERO : r.funds().score();
        assertThat(r.total()).isEqualByComparingTo(fundsPoints.add(rows));
        assertThat(r.subtotals().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add).add(fundsPoints))
                .isEqualByComparingTo(r.total());
        assertThat(Grades.matches(r.grade(), r.total(), profile)).isTrue();
        assertThat(r.indicators()).hasSize(out.size() + ben.size());
    }

    @Property
    void parserNeverThrows(@ForAll String text, @ForAll @net.jqwik.api.constraints.IntRange(min = 1990, max = 2100) int year) {
        assertThat(TargetParser.parse(text, year)).isNotNull();
        assertThat(TargetParser.parse("≥" + text + "%")).isNotNull();
    }
}
