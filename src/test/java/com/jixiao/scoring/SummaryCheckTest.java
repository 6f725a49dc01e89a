package com.jixiao.scoring;

import org.junit.jupiter.api.Test;

import java.util.List;

import static com.jixiao.scoring.Sheets.*;
import static org.assertj.core.api.Assertions.assertThat;

class SummaryCheckTest {

    private final Scorer scorer = new Scorer();
    private final SummaryCheck check = new SummaryCheck();

    private final SheetInput sheet = new SheetInput(funds("10", "10", "6.9", "10", "6.9"),
            List.of(level1("产出指标", "90", withNote(row("≥1", "1", "90", "90"), "—"))), bd("96.9"), bd("100"), "优秀",
            2021);

    @Test
    void matchingRowRaisesNothing() {
        SheetResult r = scorer.score(sheet, RuleProfile.nationalDefault());
        assertThat(check.check(new PublishedResult("数据传输", bd("6.900"), bd("96.9"), "优"), sheet, r)).isEmpty();
    }

    @Test
    void fundsScoreAndGradeDifferences() {
        SheetResult r = scorer.score(sheet, RuleProfile.nationalDefault());
        List<Finding> f = check.check(new PublishedResult("数据传输", bd("10"), bd("88"), "优秀"), sheet, r);
        assertThat(f).extracting(Finding::code, Finding::message).containsExactly(
                org.assertj.core.groups.Tuple.tuple(FindingCodes.SUMMARY_MISMATCH, "汇总表/数据传输：汇总表资金 10 与自评表全年执行数 6.9 不符"),
                org.assertj.core.groups.Tuple.tuple(FindingCodes.SUMMARY_MISMATCH, "汇总表/数据传输：汇总表自评得分 88.00 与自评表总分 96.90 不符"),
                org.assertj.core.groups.Tuple.tuple(FindingCodes.GRADE_MISMATCH, "汇总表/数据传输：汇总表自评等级印为 优秀，但得分 88.00 对应等级为 良"));
    }
}
