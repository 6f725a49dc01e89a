package com.jixiao.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jixiao.department.DepartmentRepository;
import com.jixiao.report.export.ScoreTableXlsx;
import com.jixiao.support.IntegrationTest;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The official forms as a head prints and stamps them, and the 稽核附表 beside them (issue 14 items 1, 2, 6):
 * the seed's seven columns and nothing computed on the 汇总表, the working figures on the annex only, every
 * spreadsheet made to print.
 */
@WithUserDetails("auditor")
class OfficialFormsTest extends IntegrationTest {

    @Autowired MockMvc mvc;
    @Autowired DepartmentRepository departments;
    private final DataFormatter formatter = new DataFormatter();

    String base() {
        return "/departments/" + departments.findByName("承德市公安局高新技术产业开发区分局").orElseThrow().getId()
                + "/years/2021";
    }

    Document page(String url) throws Exception {
        return Jsoup.parse(mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
    }

    XSSFWorkbook workbook(String url) throws Exception {
        return new XSSFWorkbook(new ByteArrayInputStream(mvc.perform(get(url)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray()));
    }

    @Test
    void officialSummaryPrintHasTheSeedsSevenColumnsAndNothingElse() throws Exception {
        Document print = page(base() + "/summary/print");
        Document paper = Jsoup.parse(print.select(".paper").html());

        assertThat(paper.select("h1").text()).isEqualTo("2021年度高新区公安分局项目支出绩效自评情况汇总表");
        assertThat(paper.select(".doc-meta .seal").text()).isEqualTo("预算部门(盖章)：承德市公安局高新技术产业开发区分局");
        assertThat(paper.select(".doc-meta .unit").text()).isEqualTo("单位：万元");
        assertThat(paper.select("table")).hasSize(1);
        assertThat(paper.select("thead th").eachText()).containsExactly("序号", "资金使用单位(科室)名称", "项目名称", "资金",
                "自评得分", "自评等级", "联系人及电话");
        assertThat(paper.select("tbody tr")).hasSize(13);
        assertThat(paper.select("tbody tr").get(3).select("td").eachText()).containsExactly("4",
                "承德市公安局高新技术产业开发区分局", "机关所站运转专项", "58.762315", "74", "优秀", "周晶晶2555006");
        // Nothing Jixiao computes, no status, no finding, no remark on the average, no 未提交 list.
        assertThat(paper.text()).doesNotContain("按规则", "已提交", "问题", "96.03", "96.04", "有误", "未提交", "合计");
        // The widths come from the description: seven col elements of 5 %, 25 %, 27 %, 11 %, 8 %, 8 %, 16 %.
        assertThat(paper.select("col").eachAttr("class")).containsExactly("w50", "w250", "w270", "w110", "w80", "w80",
                "w160");
        String css = mvc.perform(get("/css/form-widths.css")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(css).contains("col.w50{width:5%}", "col.w270{width:27%}", "col.w35{width:3.5%}");
    }

    @Test
    void auditAnnexPrintHoldsTheComputedSideAndTheFindings() throws Exception {
        Document annex = page(base() + "/audit-annex/print");

        assertThat(annex.select("h1").text()).isEqualTo("2021年度高新区公安分局项目支出绩效自评稽核附表");
        assertThat(annex.select("table.audit-scores thead th").eachText()).contains("按规则得分", "按规则等级", "状态",
                "问题数");
        assertThat(annex.select("table.audit-scores tbody tr").get(3).text()).contains("机关所站运转专项", "74.383%",
                "7.44", "74", "中", "已提交");
        assertThat(annex.select("table.audit-scores tbody tr").last().text()).contains("合计", "481.149665",
                "平均 96.04");
        assertThat(annex.select("table.audit-findings").text()).contains("自评报告所载平均得分 96.03 分",
                "预算执行率：录入得分 7.00，按规则应为 7.44");
        assertThat(annex.text()).contains("按规则等级：优 11 个");
    }

    @Test
    void officialSheetPrintCarriesEnteredValuesOnly() throws Exception {
        Document sheet = page("/sheets/" + sheetId("机关所站运转专项") + "/print");

        assertThat(sheet.select(".paper").text()).contains("附1", "项目资金 (万元)", "年度资金总额", "58.762315", "总分")
                .doesNotContain("按规则", "7.44", "74.383%");
        Document annex = page("/sheets/" + sheetId("机关所站运转专项") + "/audit-annex/print");
        assertThat(annex.select("table.audit-sheet tbody tr").first().text()).contains("预算执行率（执行率 74.383%）",
                "10", "7", "7.44");
    }

    Long sheetId(String project) {
        return new org.springframework.jdbc.core.JdbcTemplate(dataSource).queryForObject("""
                select s.id from score_sheet s join project p on p.id = s.project_id
                where p.name = ? and p.fiscal_year = 2021""", Long.class, project);
    }

    @Autowired javax.sql.DataSource dataSource;

    @Test
    void summaryXlsxIsTheOfficialFormMadeToPrint() throws Exception {
        try (XSSFWorkbook book = workbook(base() + "/summary.xlsx")) {
            Sheet sheet = book.getSheet("汇总表");
            assertThat(formatter.formatCellValue(sheet.getRow(0).getCell(0)))
                    .isEqualTo("2021年度高新区公安分局项目支出绩效自评情况汇总表");
            assertThat(formatter.formatCellValue(sheet.getRow(1).getCell(0))).startsWith("预算部门(盖章)");
            assertThat(formatter.formatCellValue(sheet.getRow(1).getCell(3))).isEqualTo("单位：万元");
            assertThat(sheet.getRow(2).getLastCellNum()).isEqualTo((short) 7);
            assertThat(formatter.formatCellValue(sheet.getRow(6).getCell(3))).isEqualTo("58.762315");
            assertThat(formatter.formatCellValue(sheet.getRow(3).getCell(3))).isEqualTo("60");
            assertPrintsOnA4OnePageWide(sheet, true);
            assertThat(sheet.getRepeatingRows().getFirstRow()).isEqualTo(2);
        }
    }

    @Test
    void annualXlsxPrintsLandscapeWithTitleUnitFrozenHeaderAndPlainAmounts() throws Exception {
        try (XSSFWorkbook book = workbook("/exports/scores-2021.xlsx?department="
                + departments.findByName("承德市公安局高新技术产业开发区分局").orElseThrow().getId())) {
            for (String name : List.of("项目", "未提交", "指标")) {
                Sheet sheet = book.getSheet(name);
                assertThat(formatter.formatCellValue(sheet.getRow(0).getCell(0))).startsWith("2021年度");
                assertThat(sheet.getRow(1).getCell(sheet.getRow(ScoreTableXlsx.HEADER_ROW).getLastCellNum() - 1)
                        .getStringCellValue()).isEqualTo("单位：万元");
                assertThat(sheet.getPaneInformation().getHorizontalSplitPosition())
                        .isEqualTo((short) (ScoreTableXlsx.HEADER_ROW + 1));
                assertPrintsOnA4OnePageWide(sheet, true);
            }
            List<Map<String, Cell>> projects = ExportsTest.rows(book.getSheet("项目"));
            Map<String, Cell> first = projects.stream()
                    .filter(row -> row.get("项目名称").getStringCellValue().equals("反诈骗专项项目")).findFirst().orElseThrow();
            // 60, not 60.000000; 58.762315 with every decimal.
            assertThat(formatter.formatCellValue(first.get("资金"))).isEqualTo("60");
            Map<String, Cell> office = projects.stream()
                    .filter(row -> row.get("项目名称").getStringCellValue().equals("机关所站运转专项")).findFirst().orElseThrow();
            assertThat(formatter.formatCellValue(office.get("资金"))).isEqualTo("58.762315");
            assertThat(formatter.formatCellValue(office.get("执行率"))).isEqualTo("74.383%");
        }
    }

    private static void assertPrintsOnA4OnePageWide(Sheet sheet, boolean landscape) {
        PrintSetup print = sheet.getPrintSetup();
        assertThat(print.getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
        assertThat(print.getLandscape()).isEqualTo(landscape);
        assertThat(print.getFitWidth()).isEqualTo((short) 1);
        assertThat(print.getFitHeight()).isEqualTo((short) 0);
        assertThat(sheet.getFitToPage()).isTrue();
    }
}
