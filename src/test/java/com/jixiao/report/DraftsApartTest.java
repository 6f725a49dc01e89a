package com.jixiao.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jixiao.department.Department;
import com.jixiao.department.DepartmentRepository;
import com.jixiao.project.Project;
import com.jixiao.project.ProjectRepository;
import com.jixiao.scoring.WeightTemplate;
import com.jixiao.scoring.WeightTemplates;
import com.jixiao.sheet.FundsEntry;
import com.jixiao.sheet.FundsLineKind;
import com.jixiao.sheet.Indicator;
import com.jixiao.sheet.IndicatorEntry;
import com.jixiao.sheet.ScoreSheet;
import com.jixiao.sheet.ScoreSheetRepository;
import com.jixiao.sheet.SheetStatus;
import com.jixiao.support.IntegrationTest;
import java.math.BigDecimal;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issue 11, "drafts are not results": only submitted and approved sheets make the 汇总表's totals,
 * averages and grade counts, the auditors' annual view and the exports; drafts, returned sheets and
 * projects without a sheet are listed apart as 未提交 with their count.
 *
 * <p>The fixture is one department of {@value #YEAR}: an approved sheet (99.5 points), a submitted one
 * (98 points, 80 of 100 spent), a draft scored 30, a returned sheet scored 50 and a project without a sheet.
 */
@WithUserDetails("auditor")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public class DraftsApartTest extends IntegrationTest {

    public static final int YEAR = 2022;
    public static final String DEPARTMENT = "草稿不计入测试局";

    @Autowired MockMvc mvc;
    @Autowired DepartmentRepository departments;
    @Autowired ProjectRepository projects;
    @Autowired ScoreSheetRepository sheets;
    @Autowired TransactionTemplate tx;

    long departmentId;

    @BeforeAll
    void oneDepartmentWithResultsDraftsAndAMissingSheet() {
        departmentId = fixture(tx, departments, projects, sheets);
    }

    /**
     * The department of this test, created once per database (the overview test's own context uses it
     * too, and so do the dashboards' tests). @return its id
     */
    public static long fixture(TransactionTemplate tx, DepartmentRepository departments, ProjectRepository projects,
                        ScoreSheetRepository sheets) {
        return tx.execute(status -> departments.findByName(DEPARTMENT).map(Department::getId).orElseGet(() -> {
            Department department = departments.save(new Department(DEPARTMENT, "测试局"));
            sheet(projects, sheets, department, 1, "已通过的项目", "95", "100%", SheetStatus.APPROVED, "99.5");
            sheet(projects, sheets, department, 2, "已提交的项目", "80", "100%", SheetStatus.SUBMITTED, "98");
            sheet(projects, sheets, department, 3, "草稿项目", "30", "20%", SheetStatus.DRAFT, "30");
            sheet(projects, sheets, department, 4, "已退回的项目", "50", "50%", SheetStatus.RETURNED, "50");
            Project missing = new Project(department, YEAR, 5, "未建自评表的项目");
            missing.recordPublishedRow(null, "测试科", null, null, null, null);
            projects.save(missing);
            return department.getId();
        }));
    }

    /** A complete sheet of the default template: funds {@code executed} of 100, every row's actual {@code actual} of ≥95%. */
    private static void sheet(ProjectRepository projects, ScoreSheetRepository sheets, Department department, int seq,
                              String name, String executed, String actual, SheetStatus status, String enteredTotal) {
        Project project = new Project(department, YEAR, seq, name);
        project.recordPublishedRow(null, "测试科", null, null, null, null);
        projects.save(project);
        ScoreSheet sheet = new ScoreSheet(project);
        sheet.retitle(name + "项目支出绩效自评表", null);
        sheet.reviseGoals("按期完成。", "已完成。");
        FundsEntry.Amounts amounts = new FundsEntry.Amounts(null, new BigDecimal("100"), new BigDecimal(executed), null);
        sheet.reviseFunds(new FundsEntry(BigDecimal.TEN, new BigDecimal(executed).divide(BigDecimal.TEN), null, null,
                Map.of(FundsLineKind.APPROPRIATION, amounts, FundsLineKind.TOTAL, amounts)));
        for (WeightTemplate.Category category : WeightTemplates.defaultTemplate().categories()) {
            Indicator level1 = sheet.addLevel1(category.name(), category.weight(), null);
            Indicator level2 = sheet.addLevel2(level1, category.level2().get(0), null, null);
            sheet.addRow(level2, new IndicatorEntry(category.name() + "完成率", "≥95%", actual, category.weight(), null,
                    null, null, "测试"));
        }
        sheet.reviseTotal(new BigDecimal("100"), new BigDecimal(enteredTotal));
        switch (status) {
            case SUBMITTED -> sheet.recordAsFiled();
            case APPROVED -> {
                sheet.recordAsFiled();
                sheet.approve();
            }
            case RETURNED -> {
                sheet.recordAsFiled();
                sheet.returnForRevision("请补充。");
            }
            default -> {
            }
        }
        sheets.save(sheet);
    }

    Document page(String url) throws Exception {
        return Jsoup.parse(mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
    }

    String summaryUrl() {
        return "/departments/" + departmentId + "/years/" + YEAR + "/summary";
    }

    /** Before the fix: 2 rows of 4 scored, 平均 69.38 (the draft's 30 and the returned 50 in it), 差 2. */
    @Test
    void summaryTotalsAveragesAndGradeCountsAreThoseOfSubmittedAndApprovedSheetsOnly() throws Exception {
        Document summary = page(summaryUrl());

        assertThat(summary.select("#summary-table tbody tr td.name").eachText())
                .containsExactly("已通过的项目", "已提交的项目");
        assertThat(summary.select("#summary-table tbody td.status").eachText()).containsExactly("已通过", "已提交");
        assertThat(summary.select("#total-funds").text()).isEqualTo("175");
        assertThat(summary.select("#total-budget").text()).isEqualTo("200");
        assertThat(summary.select("#department-rate").text()).isEqualTo("87.5%");
        assertThat(summary.select("#average-score").text()).isEqualTo("平均 98.75");
        assertThat(summary.select("#average-computed").text()).isEqualTo("平均 98.75");
        assertThat(summary.select("#grade-counts span").eachText()).containsExactly("优 2", "良 0", "中 0", "差 0");
        assertThat(summary.select("#result-count").text()).isEqualTo("2");
        assertUnsubmittedList(summary, false);
        // The draft is still one click away for the head.
        assertThat(summary.select("#unsubmitted-table a").eachText()).containsExactly("草稿项目", "已退回的项目");
    }

    /** 未提交（3 个项目）: the draft, the returned sheet and the project without a sheet, with their status. */
    static void assertUnsubmittedList(Document page, boolean withDepartment) {
        assertThat(page.select("#unsubmitted-title").text()).isEqualTo("未提交（3 个项目）");
        assertThat(page.select("#unsubmitted-table tbody tr")).hasSize(3);
        assertThat(page.select("#unsubmitted-table tbody td.name").eachText())
                .containsExactly("草稿项目", "已退回的项目", "未建自评表的项目");
        assertThat(page.select("#unsubmitted-table tbody td.status").eachText()).containsExactly("草稿", "已退回", "未建立");
        assertThat(page.select("#unsubmitted-table tbody td.department")).hasSize(withDepartment ? 3 : 0);
    }

    @Test
    void printedReportAndPdfCarryOnlyTheResultsAndTheAnnexListsTheRestApart() throws Exception {
        Document print = page("/departments/" + departmentId + "/years/" + YEAR + "/report/print");

        // The official 汇总表: the two results, seven columns, nothing computed and no draft.
        assertThat(print.select("#print-summary table.summary tbody tr")).hasSize(2);
        assertThat(print.select("#print-summary table.summary tbody tr").first().select("td").eachText())
                .contains("已通过的项目");
        assertThat(print.select("#print-summary table.summary thead th")).hasSize(7);
        assertThat(print.select("#print-summary").text()).doesNotContain("草稿项目", "平均", "未提交");
        // Only the results' 附1 follow the 汇总表: a draft is not part of the report.
        assertThat(print.select("section.portrait-form h1").eachText()).containsExactly(
                "已通过的项目项目支出绩效自评表", "已提交的项目项目支出绩效自评表");

        // The 稽核附表 holds the working figures and lists the projects without a result apart.
        Document annex = page("/departments/" + departmentId + "/years/" + YEAR + "/audit-annex/print");
        assertThat(annex.select("table.audit-scores tbody tr")).hasSize(3);
        assertThat(annex.select("table.audit-scores").text()).contains("平均 98.75").doesNotContain("草稿项目");
        assertThat(annex.select("table.audit-unsubmitted thead").text()).contains("未提交（3 个项目");
        assertThat(annex.select("table.audit-unsubmitted tbody tr").eachText()).satisfiesExactly(
                row -> assertThat(row).contains("草稿项目", "草稿"),
                row -> assertThat(row).contains("已退回的项目", "已退回"),
                row -> assertThat(row).contains("未建自评表的项目", "未建立"));

        // The server-side PDFs, read back with PDFBox.
        assertThat(pdfText("/departments/" + departmentId + "/years/" + YEAR + "/report.pdf"))
                .contains("已通过的项目项目支出绩效自评表", "已提交的项目项目支出绩效自评表")
                .doesNotContain("草稿项目", "平均98.75", "未提交");
        assertThat(pdfText("/departments/" + departmentId + "/years/" + YEAR + "/audit-annex.pdf"))
                .contains("平均98.75", "未提交（3个项目", "未建自评表的项目", "未建立");
    }

    private String pdfText(String url) throws Exception {
        var response = mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse();
        assertThat(response.getContentType()).isEqualTo("application/pdf");
        try (var document = org.apache.pdfbox.Loader.loadPDF(response.getContentAsByteArray())) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(document).replaceAll("\\s+", "");
        }
    }

    /** Before the fix the auditors' 2021 view averaged 示例部门's draft in: 平均 90.44, 差 1. */
    @Test
    void annualViewListsResultsAndCountsTheRestApart() throws Exception {
        Document one = page("/summary?year=" + YEAR + "&department=" + departmentId);

        assertThat(one.select("#annual-table tbody td.name").eachText()).containsExactly("已通过的项目", "已提交的项目");
        assertThat(one.select("#total-funds").text()).isEqualTo("175");
        assertThat(one.select("#total-rate").text()).isEqualTo("87.5%");
        assertThat(one.select("#average-score").text()).isEqualTo("平均 98.75");
        assertThat(one.select("#average-computed").text()).isEqualTo("平均 98.75");
        assertThat(one.select("#grade-counts span").eachText()).containsExactly("优 2", "良 0", "中 0", "差 0");
        assertThat(one.select(".doc-meta").text()).contains("5 个项目，计入汇总 2 个");
        assertUnsubmittedList(one, true);

        Long seed = departments.findByName("承德市公安局高新技术产业开发区分局").orElseThrow().getId();
        Document seedSummary = page("/departments/" + seed + "/years/2021/summary");
        Document all2021 = page("/summary?year=2021&department=all");
        assertThat(all2021.select("#annual-table tbody td.name").eachText()).doesNotContain("示例项目：办公设备更新（虚构）");
        assertThat(all2021.select("#unsubmitted-table tbody tr").text()).contains("示例部门", "示例项目：办公设备更新（虚构）", "草稿");
        // The year's figures are the seed report's: the 13 filed projects, 481.149665 万元, 平均 96.04.
        assertThat(all2021.select("#total-funds").text()).isEqualTo("481.149665");
        assertThat(all2021.select("#average-score").text()).isEqualTo("平均 96.04");
        assertThat(all2021.select("#average-computed").text()).isEqualTo(seedSummary.select("#average-computed").text())
                .isEqualTo("平均 97.98");
        assertThat(all2021.select("#grade-counts span").eachText())
                .isEqualTo(seedSummary.select("#grade-counts span").eachText()).contains("差 0");
    }

    @Test
    void xlsxHoldsResultsInItsTablesAndTheRestOnItsOwnSheet() throws Exception {
        byte[] file = mvc.perform(get("/exports/scores-" + YEAR + ".xlsx?department=" + departmentId))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            assertThat(List.of(book.getSheetName(0), book.getSheetName(1), book.getSheetName(2)))
                    .containsExactly("项目", "未提交", "指标");
            List<Map<String, Cell>> results = ExportsTest.rows(book.getSheet("项目"));
            assertThat(results.stream().map(row -> row.get("项目名称").getStringCellValue()))
                    .containsExactly("已通过的项目", "已提交的项目");
            assertThat(sum(results, "资金")).isEqualByComparingTo("175");
            assertThat(sum(results, "填报总分").divide(BigDecimal.valueOf(results.size()))).isEqualByComparingTo("98.75");
            assertThat(results.stream().map(row -> row.get("按规则等级").getStringCellValue())).containsOnly("优");

            List<Map<String, Cell>> unsubmitted = ExportsTest.rows(book.getSheet("未提交"));
            assertThat(book.getSheet("未提交").getRow(com.jixiao.report.export.ScoreTableXlsx.HEADER_ROW).getCell(0).getStringCellValue()).isEqualTo("预算部门");
            assertThat(unsubmitted.stream().map(row -> row.get("项目名称").getStringCellValue() + " "
                    + row.get("状态").getStringCellValue()))
                    .containsExactly("草稿项目 草稿", "已退回的项目 已退回", "未建自评表的项目 未建立");
            assertThat(unsubmitted).allSatisfy(row -> assertThat(row.keySet())
                    .containsOnly("预算部门", "序号", "项目名称", "资金使用单位(科室)名称", "状态"));

            // The two results' 3 rows each (产出, 效益, 满意度); no row of the draft or the returned sheet.
            List<Map<String, Cell>> indicators = ExportsTest.rows(book.getSheet("指标"));
            assertThat(indicators).hasSize(6);
            assertThat(indicators.stream().map(row -> row.get("项目名称").getStringCellValue()).distinct())
                    .containsExactly("已通过的项目", "已提交的项目");
        }
    }

    @Test
    void csvListsTheRestAfterTheResultsWithStatusAndNoFigures() throws Exception {
        List<List<String>> records = csv("/exports/scores-" + YEAR + ".csv?department=" + departmentId);
        List<String> header = records.get(0);
        int name = header.indexOf("项目名称");
        int state = header.indexOf("状态");
        int funds = header.indexOf("资金");
        int reported = header.indexOf("填报总分");
        int computed = header.indexOf("按规则总分");

        assertThat(records.subList(1, records.size()).stream().map(r -> r.get(name) + " " + r.get(state)))
                .containsExactly("已通过的项目 已通过", "已提交的项目 已提交", "草稿项目 草稿", "已退回的项目 已退回",
                        "未建自评表的项目 未建立");
        // What a spreadsheet's SUM and AVERAGE see: empty cells are skipped, so only the results count.
        List<List<String>> unsubmitted = records.subList(3, 6);
        for (int column = 0; column < header.size(); column++) {
            String heading = header.get(column);
            if (!List.of("预算部门", "序号", "项目编码", "项目名称", "状态").contains(heading)) {
                int index = column;
                assertThat(unsubmitted).as(heading).allSatisfy(r -> assertThat(r.get(index)).isEmpty());
            }
        }
        assertThat(numbers(records, funds).stream().reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo("175");
        assertThat(numbers(records, reported)).containsExactly(new BigDecimal("99.5"), new BigDecimal("98"));
        assertThat(numbers(records, computed)).containsExactly(new BigDecimal("99.5"), new BigDecimal("98"));

        List<List<String>> indicators = csv("/exports/indicators-" + YEAR + ".csv?department=" + departmentId);
        assertThat(indicators).hasSize(1 + 6);
        int project = indicators.get(0).indexOf("项目名称");
        assertThat(indicators.subList(1, 7).stream().map(r -> r.get(project)).distinct())
                .containsExactly("已通过的项目", "已提交的项目");
    }

    List<List<String>> csv(String url) throws Exception {
        byte[] bytes = mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        return Csv.parse(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8));
    }

    /** The non-empty numbers of a CSV column, header excluded. */
    static List<BigDecimal> numbers(List<List<String>> records, int column) {
        return records.subList(1, records.size()).stream().map(r -> r.get(column)).filter(text -> !text.isEmpty())
                .map(BigDecimal::new).toList();
    }

    static BigDecimal sum(List<Map<String, Cell>> rows, String header) {
        return rows.stream().map(row -> ExportsTest.decimal(row.get(header))).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
