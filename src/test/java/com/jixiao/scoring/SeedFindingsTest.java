package com.jixiao.scoring;

import com.jixiao.scoring.SeedSheets.Seed;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.jixiao.scoring.FindingCodes.*;
import static com.jixiao.scoring.SeedSheets.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The errors of the seed report, found by rule. Numbers worked out by hand in the comments. */
class SeedFindingsTest {

    private static final RuleProfile HEBEI = RuleProfiles.byCode("hebei").orElseThrow();
    private final Scorer scorer = new Scorer();

    private SheetResult score(String name) {
        return scorer.score(SeedSheets.all().get(name).sheet(), HEBEI);
    }

    private static List<String> codes(SheetResult r) {
        return r.findings().stream().map(Finding::code).toList();
    }

    private static List<Finding> withCode(SheetResult r, String code) {
        return r.findings().stream().filter(f -> f.code().equals(code)).toList();
    }

    @Test
    void 机关所站运转专项() {
        SheetResult r = score(机关所站运转专项);
        // 58.762315 / 79 = 0.7438268 → 7.44, printed 7
        assertThat(r.funds().score()).isEqualByComparingTo("7.44");
        assertThat(withCode(r, FUNDS_SCORE_MISMATCH)).hasSize(1);
        // 7.44 + (8.75 + 20 + 8.16 + 0) + (10 + 10 + 7.14) + 7.14 = 78.63, 中
        assertThat(r.total()).isEqualByComparingTo("78.63");
        assertThat(r.grade()).isEqualTo("中");
        assertThat(withCode(r, SCORE_MISMATCH)).extracting(Finding::path).containsExactly(
                "产出指标/数量指标/服务对象满意度",         // ≥80% vs 70%: 10 × 70/80 = 8.75, printed 7
                "产出指标/质量指标/办公设施达标率",         // ≥98% vs 98%: met, printed 18 of 20
                "产出指标/时效指标/支付及时率",            // 10 × 80/98 = 8.16, printed 8
                "效益指标/可持续影响指标/保证工作效率",      // 10 × 70/98 = 7.14, printed 7
                "满意度指标/服务对象满意度指标/民警满意度");
        assertThat(withCode(r, SCORE_MISMATCH).get(1).message()).contains("指标已达成却被扣分");
        // no deviation note anywhere: funds at 74.38 % and the six rows below W
        assertThat(withCode(r, DEVIATION_NOTE_MISSING)).hasSize(7);
        assertThat(withCode(r, INDICATOR_MISPLACED)).extracting(Finding::path)
                .containsExactly("产出指标/数量指标/服务对象满意度");
        assertThat(withCode(r, TOTAL_MISMATCH)).extracting(Finding::message)
                .containsExactly("总分印为 74.00，按规则重算为 78.63（中）");

        Seed seed = SeedSheets.all().get(机关所站运转专项);
        assertThat(new SummaryCheck().check(seed.summary(), seed.sheet(), r))
                .extracting(Finding::code, Finding::message)
                .containsExactly(tuple(GRADE_MISMATCH, "汇总表/机关所站运转专项：汇总表自评等级印为 优秀，但得分 74.00 对应等级为 中"));
    }

    @Test
    void 移动警务服务专项() {
        SheetResult r = score(移动警务服务专项);
        // 效益 10 + 10 + 20 = 40 under a printed 30; with funds 10 + 50 + 40 + 10 = 110
        assertThat(withCode(r, WEIGHT_SUM)).extracting(Finding::path).containsExactly("效益指标", Finding.TOTAL);
        assertThat(withCode(r, TOTAL_MISMATCH)).extracting(Finding::message).containsExactly(
                "总分印为 100.00，但预算执行率得分与各指标录入得分合计为 110.00",
                "总分印为 100.00，按规则重算为 109.98（优秀）");
        assertThat(codes(r)).contains(TOTAL_WEIGHT_MISMATCH, TOTAL_ABOVE_100);
        // 57.888 / 58 = 0.99807 → 9.98, printed 10
        assertThat(withCode(r, FUNDS_SCORE_MISMATCH)).hasSize(1);
        // 小于58万 vs 57.888, 2021年12月底 vs 2021年6月底, 小于等于 5% vs 0: all met and scored by rule
        assertThat(r.indicators()).filteredOn(i -> i.path().contains("总成本")).singleElement()
                .satisfies(i -> {
                    assertThat(i.kind()).isEqualTo(ScoreKind.REVERSE);
                    assertThat(i.computedScore()).isEqualByComparingTo("10");
                });
        assertThat(r.indicators()).filteredOn(i -> i.path().contains("工作完成时间")).singleElement()
                .satisfies(i -> assertThat(i.kind()).isEqualTo(ScoreKind.DATE));
        assertThat(r.indicators()).filteredOn(i -> i.path().contains("故障率")).singleElement()
                .satisfies(i -> assertThat(i.computedScore()).isEqualByComparingTo("10"));
    }

    @Test
    void 数据传输线路租赁专项() {
        SheetResult r = score(数据传输线路租赁专项);
        // 6.9 / 10 = 69 % → 6.90, printed 10
        assertThat(withCode(r, FUNDS_SCORE_MISMATCH)).singleElement().extracting(Finding::message)
                .isEqualTo("预算执行率：录入得分 10.00，按规则应为 6.90（分值 10，执行率 6.9/10 = 69%）");
        assertThat(withCode(r, WEIGHT_SUM)).extracting(Finding::message).contains(
                "产出指标：下属三级指标分值合计 70，与一级指标分值 50 不符");
        assertThat(r.indicators()).filteredOn(i -> i.path().contains("运行保障成本")).singleElement()
                .satisfies(i -> assertThat(i.computedScore()).isEqualByComparingTo("10")); // 6.9万 < 10万
        assertThat(withCode(r, DEVIATION_NOTE_MISSING)).extracting(Finding::path).containsExactly(Finding.FUNDS);
    }

    @Test
    void 反诈骗专项项目() {
        SheetResult r = score(反诈骗专项项目);
        assertThat(withCode(r, SCORE_ABOVE_WEIGHT)).singleElement().extracting(Finding::path)
                .isEqualTo("效益指标/可持续影响指标/可持续影响力");
        // printed parts 10 + 180 = 190 against a printed 100; the 100 typed for 10 is capped in the recomputation
        assertThat(withCode(r, TOTAL_MISMATCH)).extracting(Finding::message)
                .containsExactly("总分印为 100.00，但预算执行率得分与各指标录入得分合计为 190.00");
        assertThat(r.total()).isEqualByComparingTo("100");
    }

    @Test
    void 刑事侦查勘察设备() {
        SheetResult r = score(刑事侦查勘察设备);
        // 82.73 / 100 → 8.27, printed 8.5; the printed 83% is 82.73% rounded, not an error
        assertThat(r.funds().score()).isEqualByComparingTo("8.27");
        assertThat(codes(r)).contains(FUNDS_SCORE_MISMATCH, TOTAL_WEIGHT_MISMATCH).doesNotContain(
                EXECUTION_RATE_MISMATCH);
        // ≥30% vs 29.5%: 20 × 29.5/30 = 19.67, printed 19
        assertThat(withCode(r, SCORE_MISMATCH)).singleElement().extracting(Finding::message).asString()
                .contains("录入得分 19.00，按规则应为 19.67");
        assertThat(withCode(r, TOTAL_WEIGHT_MISMATCH)).singleElement().extracting(Finding::message)
                .isEqualTo("总分分值印为 90，但预算执行率与各三级指标分值合计为 100");
        assertThat(r.total()).isEqualByComparingTo("97.94");
    }

    @Test
    void 政工教训经费() {
        SheetResult r = score(政工教训经费);
        // 0.64 / 20 = 3.2 % → 0.32, printed 1
        assertThat(withCode(r, FUNDS_SCORE_MISMATCH)).singleElement().extracting(Finding::message).asString()
                .contains("录入得分 1.00，按规则应为 0.32");
        // ≥98 against 100%: four rows cannot be compared
        assertThat(withCode(r, UNIT_MISMATCH)).hasSize(4);
    }

    @Test
    void 取保候审系统() {
        SheetResult r = score(取保候审系统);
        assertThat(withCode(r, UNIT_MISMATCH)).extracting(Finding::path).containsExactly(
                "产出指标/质量指标/服务的完成度", "效益指标/经济效益指标/管控人员失联率"); // ≥100 / ≤5 vs 100%
        assertThat(r.indicators()).filteredOn(i -> i.path().endsWith("管控人员失联率")).singleElement()
                .satisfies(i -> {
                    assertThat(i.kind()).isEqualTo(ScoreKind.NOT_SCORABLE);
                    assertThat(i.effectiveScore()).isEqualByComparingTo("10");
                });
        // ≥10% and ≥60% achieved at 100 %: at least 1.3 × the target, the targets were set low
        assertThat(withCode(r, DEVIATION_NOTE_MISSING)).hasSize(2);
    }

    @Test
    void 辅警招聘服务费() {
        SheetResult r = score(辅警招聘服务费);
        assertThat(withCode(r, SCORE_MISMATCH)).singleElement().extracting(Finding::message).isEqualTo(
                "产出指标/质量指标/招聘的警务辅助人员能否胜任工作要求：指标已达成却被扣分，录入得分 4.00，按规则应为 5.00"
                        + "（分值 5，指标值 ≥98 %，实际 100%）");
    }

    @Test
    void 警务站建设专项() {
        assertThat(withCode(score(警务站建设专项), ACTUAL_NOT_MEASURED)).hasSize(2);
    }

    @Test
    void cleanSheetsStayClean() {
        assertThat(score(民警服装款).findings()).isEmpty();
        assertThat(score(新办公楼装修项目).findings()).isEmpty();
    }

    @Test
    void summaryTableHasOnlyTheGradeError() {
        SummaryCheck check = new SummaryCheck();
        List<Finding> all = SeedSheets.all().values().stream()
                .flatMap(s -> check.check(s.summary(), s.sheet(), scorer.score(s.sheet(), HEBEI)).stream())
                .toList();
        assertThat(all).extracting(Finding::code).containsExactly(GRADE_MISMATCH);
        // 安保执勤接待工作专项 has no sheet; its printed 95 is 优秀
        assertThat(Grades.matches(安保执勤接待工作专项.grade(), 安保执勤接待工作专项.score(), HEBEI)).isTrue();
    }
}
