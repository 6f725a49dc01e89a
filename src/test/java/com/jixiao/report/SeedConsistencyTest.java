package com.jixiao.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.jixiao.department.DepartmentRepository;
import com.jixiao.scoring.Finding;
import com.jixiao.sheet.SheetService;
import com.jixiao.support.IntegrationTest;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The stored seed report, checked end to end (database → sheet → scoring core → 汇总表): the
 * printed errors of the 2021 report are found by rule.
 */
@WithUserDetails("auditor")
class SeedConsistencyTest extends IntegrationTest {

    @Autowired SummaryService summaries;
    @Autowired DepartmentRepository departments;
    @Autowired SheetService sheets;

    SummaryPage page;

    @BeforeEach
    void loadSummary() {
        page = summaries.summary(departments.findByName("承德市公安局高新技术产业开发区分局").orElseThrow().getId(), 2021);
    }

    SummaryRow line(int seq) {
        return page.rows().stream().filter(line -> line.seq() == seq).findFirst().orElseThrow();
    }

    List<String> codes(int seq) {
        return line(seq).findings().stream().map(Finding::code).toList();
    }

    @Test
    void officeRunningCostsIsGradedExcellentInTheSummaryThough74IsFair() {
        assertThat(line(4).summaryFindings()).anySatisfy(finding -> {
            assertThat(finding.code()).isEqualTo("GRADE_MISMATCH");
            assertThat(finding.message()).contains("74", "优秀");
        });
        assertThat(codes(4)).contains("FUNDS_SCORE_MISMATCH", "SCORE_MISMATCH", "DEVIATION_NOTE_MISSING");
        assertThat(line(4).computedGrade()).isEqualTo("中");
    }

    @Test
    void mobilePolicingWeightsAddUpTo110() {
        assertThat(line(9).findings()).anySatisfy(finding -> {
            assertThat(finding.code()).isEqualTo("WEIGHT_SUM");
            assertThat(finding.message()).contains("110");
        });
        assertThat(codes(9)).contains("TOTAL_MISMATCH");
        assertThat(codes(10)).contains("WEIGHT_SUM", "TOTAL_MISMATCH", "FUNDS_SCORE_MISMATCH");
    }

    /** The 汇总表 reads rows as plain projections, the 附1 page as entities: the core must get the same input. */
    @Test
    void theSummaryScoresEverySheetFromTheSameInputAsTheSheetsOwnPage() {
        List<SummaryRow> scored = page.rows().stream().filter(line -> line.sheetId() != null).toList();
        assertThat(scored).hasSizeGreaterThan(10).allSatisfy(line ->
                assertThat(line.input()).isEqualTo(sheets.page(line.sheetId()).scored().input()));
        assertThat(line(9).input().level1()).flatExtracting(one -> one.rows()).isNotEmpty();
    }

    @Test
    void antiFraudScores100OnAWeight10Row() {
        assertThat(codes(1)).contains("SCORE_ABOVE_WEIGHT", "TOTAL_MISMATCH");
    }

    @Test
    void fundsPointsThatDoNotFollowTheExecutionRateAreFlagged() {
        assertThat(codes(2)).contains("FUNDS_SCORE_MISMATCH", "TOTAL_WEIGHT_MISMATCH");
        assertThat(codes(7)).contains("FUNDS_SCORE_MISMATCH");
        assertThat(line(7).result().funds().score()).isEqualByComparingTo("0.32");
        assertThat(line(13).result().funds().score()).isEqualByComparingTo("2.00");
    }

    @Test
    void aProjectWithoutFindingsHasNone() {
        assertThat(page.rows()).anySatisfy(line -> assertThat(line.findings()).isEmpty());
        assertThat(page.findingCount()).isGreaterThan(20);
    }

    @Test
    void summaryTotalsUseTheReportedScoresAndCountComputedGrades() {
        assertThat(page.averageScore()).isEqualByComparingTo("96.04");
        assertThat(page.misprintedAverage()).isEqualByComparingTo("96.03");
        assertThat(page.computedGradeCounts().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(12);
        assertThat(page.executionRate()).isNotNull();
    }
}
