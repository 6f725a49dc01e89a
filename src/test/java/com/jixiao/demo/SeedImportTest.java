package com.jixiao.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.jixiao.department.Department;
import com.jixiao.department.DepartmentRepository;
import com.jixiao.project.Project;
import com.jixiao.project.ProjectRepository;
import com.jixiao.report.SummaryPage;
import com.jixiao.report.SummaryService;
import com.jixiao.sheet.FundsLineKind;
import com.jixiao.sheet.Indicator;
import com.jixiao.sheet.ScoreSheetRepository;
import com.jixiao.sheet.SheetPage;
import com.jixiao.sheet.SheetService;
import com.jixiao.sheet.SheetStatus;
import com.jixiao.support.IntegrationTest;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.json.JsonMapper;

// The demo auditor reads every department, so these pages are what any in-scope user sees.
@WithUserDetails("auditor")
class SeedImportTest extends IntegrationTest {

    static final String SEED_DEPARTMENT = "承德市公安局高新技术产业开发区分局";

    @Autowired DepartmentRepository departments;
    @Autowired ProjectRepository projects;
    @Autowired ScoreSheetRepository sheets;
    @Autowired SummaryService summaries;
    @Autowired SheetService sheetService;
    @Autowired SeedImporter importer;

    Department seedDepartment() {
        return departments.findByName(SEED_DEPARTMENT).orElseThrow();
    }

    @Test
    void allThirteenProjectsWithTheirPrintedFundsAreLoaded() {
        SummaryPage summary = summaries.summary(seedDepartment().getId(), 2021);

        assertThat(summary.rows()).hasSize(13);
        assertThat(summary.totalFunds()).isEqualByComparingTo("481.149665");
        assertThat(summary.rows().get(2).funds()).isEqualByComparingTo("43.95235");
        assertThat(summary.rows().get(3).funds()).isEqualByComparingTo("58.762315");
        assertThat(summary.rows().get(3).publishedGrade()).isEqualTo("优秀");
        assertThat(summary.rows().get(3).publishedScore()).isEqualByComparingTo("74");
        assertThat(summary.rows()).extracting(row -> row.contact()).containsOnly("周晶晶2555006");
    }

    @Test
    void twelveProjectsHaveADetailedSheetAndTheSecurityDutyProjectHasNone() {
        SummaryPage summary = summaries.summary(seedDepartment().getId(), 2021);

        assertThat(summary.rows().stream().filter(row -> row.sheetId() != null)).hasSize(12);
        assertThat(summary.rows().get(2).summaryName()).isEqualTo("安保执勤接待工作专项");
        assertThat(summary.rows().get(2).sheetId()).isNull();
        assertThat(summary.rows().stream().filter(row -> row.sheetId() != null))
                .allMatch(row -> row.status() == SheetStatus.SUBMITTED);
    }

    @Test
    void theLawEnforcementCentreSheetIsStoredAsPrinted() {
        Project project = projects.findByDepartmentIdAndFiscalYearAndSeq(seedDepartment().getId(), 2021, 13)
                .orElseThrow();
        SheetPage page = sheetService.page(sheets.findIdByProjectId(project.getId()).orElseThrow());

        assertThat(page.project().getName()).isEqualTo("执法办案中心建设");
        assertThat(page.supervisingOfficeName()).isEqualTo("法制大队");
        assertThat(page.totalLine().getAnnualBudget()).isEqualByComparingTo("100");
        assertThat(page.totalLine().getExecuted()).isEqualByComparingTo("19.997");
        assertThat(page.sheet().getFundsPrintedRate()).isEqualTo("19.997%");
        assertThat(page.sheet().getFundsEnteredScore()).isEqualByComparingTo("2");
        assertThat(page.sheet().getEnteredTotal()).isEqualByComparingTo("92");
        assertThat(page.sheet().getExpectedGoal()).isEqualTo("项目建设完成，投入使用。");

        List<Indicator> rows = page.tree().level3Rows();
        assertThat(rows).extracting(Indicator::getName).containsExactly(
                "执法办案中心建设完成", "支出相关性", "装备购置完成率", "提高办案效率", "办案效率提高率", "办案民警满意度");
        Indicator first = rows.get(0);
        assertThat(first.getTargetText()).isEqualTo("=1");
        assertThat(first.getActualText()).isEqualTo("1");
        assertThat(first.getWeight()).isEqualByComparingTo("20");
        assertThat(first.getEnteredScore()).isEqualByComparingTo("20");
        assertThat(page.tree().level1()).extracting(one -> one.node().getName())
                .containsExactly("产出指标", "效益指标", "满意度指标");
        assertThat(page.tree().level1().get(0).node().getWeight()).isEqualByComparingTo("50");
    }

    @Test
    void theMobilePolicingSheetKeepsItsPrintedErrors() {
        Project project = projects.findByDepartmentIdAndFiscalYearAndSeq(seedDepartment().getId(), 2021, 9)
                .orElseThrow();
        SheetPage page = sheetService.page(sheets.findIdByProjectId(project.getId()).orElseThrow());

        BigDecimal rowWeights = page.tree().level3Rows().stream().map(Indicator::getWeight)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(rowWeights.add(page.sheet().getFundsWeight())).isEqualByComparingTo("110");
        assertThat(page.sheet().getEnteredTotal()).isEqualByComparingTo("100");
        assertThat(page.tree().level3Rows()).anySatisfy(row -> {
            assertThat(row.getTargetText()).isEqualTo("小于58万");
            assertThat(row.getActualText()).isEqualTo("57.888");
        });
        assertThat(page.fundsLines()).filteredOn(line -> line.getKind() == FundsLineKind.APPROPRIATION)
                .singleElement().satisfies(line -> assertThat(line.getPrintedRate()).isEqualTo("99.81"));
    }

    @Test
    void importingTheSeedAgainCreatesNoDuplicates() throws Exception {
        long before = projects.count();
        SeedDocument document;
        try (InputStream in = new ClassPathResource("seed/gaoxin-police-2021.json").getInputStream()) {
            document = JsonMapper.builder().build().readValue(in, SeedDocument.class);
        }

        assertThat(importer.importDocument(document)).isFalse();
        assertThat(projects.count()).isEqualTo(before);
        assertThat(departments.findAll()).filteredOn(d -> d.getName().equals(SEED_DEPARTMENT)).hasSize(1);
    }
}
