package com.jixiao.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jixiao.department.DepartmentRepository;
import com.jixiao.report.print.PdfRenderer;
import com.jixiao.support.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.test.web.servlet.MockMvc;

/** Server-side PDFs (openhtmltopdf), read back with PDFBox: the Chinese must be text, not boxes. */
@WithUserDetails("auditor")
class PdfDownloadTest extends IntegrationTest {

    @Autowired MockMvc mvc;
    @Autowired DepartmentRepository departments;
    @Autowired JdbcTemplate jdbc;
    @Autowired PdfRenderer renderer;

    String text(String url, String saveAs) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse();
        assertThat(response.getContentType()).isEqualTo("application/pdf");
        byte[] pdf = response.getContentAsByteArray();
        Files.createDirectories(Path.of("target/pdf"));
        Files.write(Path.of("target/pdf", saveAs), pdf);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            // Table cells wrap inside their column; compare the text without line breaks and spaces.
            return new PDFTextStripper().getText(document).replaceAll("\\s+", "");
        }
    }

    Long seedId() {
        return departments.findByName("承德市公安局高新技术产业开发区分局").orElseThrow().getId();
    }

    @Test
    void departmentReportPdfHoldsTheNarrativeTheOfficialSummaryAndEverySheet() throws Exception {
        String text = text("/departments/" + seedId() + "/years/2021/report.pdf", "department-report.pdf");

        assertThat(text).contains("一、绩效自评工作开展情况", "四、整改措施及结果应用",
                "2021年度高新区公安分局项目支出绩效自评情况汇总表", "预算部门(盖章)：承德市公安局高新技术产业开发区分局",
                "单位：万元", "联系人及电话", "43.95235", "58.762315", "周晶晶2555006",
                "执法办案中心建设项目支出绩效自评表", "装备购置完成率", "19.997%");
        // The stamped pages carry entered values only: no computed score, status, finding or average remark.
        assertThat(text).doesNotContain("按规则", "状态", "问题数", "稽核", "有误", "96.04", "已提交");
        // Every 自评表 is there: twelve titles of the 附1 sheets.
        Integer sheets = jdbc.queryForObject("""
                select count(*) from score_sheet s join project p on p.id = s.project_id
                where p.department_id = ? and p.fiscal_year = 2021""", Integer.class, seedId());
        assertThat(text.split("附1", -1).length - 1).isEqualTo(sheets);
    }

    @Test
    void officialSummaryPdfHasTheSevenColumnsAndNothingElse() throws Exception {
        String text = text("/departments/" + seedId() + "/years/2021/summary.pdf", "summary.pdf");

        assertThat(text).contains("2021年度高新区公安分局项目支出绩效自评情况汇总表",
                "预算部门(盖章)：承德市公安局高新技术产业开发区分局", "单位：万元",
                "序号资金使用单位(科室)名称项目名称资金自评得分自评等级联系人及电话"
                + "1承德市公安局高新技术产业开发区分局反诈骗专项项目60100优秀周晶晶2555006");
        assertThat(text).contains("4承德市公安局高新技术产业开发区分局机关所站运转专项58.76231574优秀周晶晶2555006")
                .doesNotContain("按规则", "状态", "有误", "96.03", "合计", "未提交");
    }

    @Test
    void auditAnnexPdfCarriesTheWorkingView() throws Exception {
        String text = text("/departments/" + seedId() + "/years/2021/audit-annex.pdf", "audit-annex.pdf");

        assertThat(text).contains("2021年度高新区公安分局项目支出绩效自评稽核附表", "按规则得分", "按规则等级", "状态",
                "问题数", "合计", "481.149665", "平均96.04", "自评报告所载平均得分96.03分", "机关所站运转专项",
                "74.383%", "未提交（0个项目", "不是报送盖章的正式表格");
    }

    @Test
    void singleSheetPdfHasTheAttachmentOneTable() throws Exception {
        Long sheetId = jdbc.queryForObject(
                "select id from score_sheet where title = '执法办案中心建设项目支出绩效自评表'", Long.class);

        String text = text("/sheets/" + sheetId + ".pdf", "sheet.pdf");

        assertThat(text).contains("执法办案中心建设项目支出绩效自评表", "项目资金(万元)", "年度资金总额", "19.997%",
                "一级指标", "三级指标", "装备购置完成率", "办案民警满意度", "总分");
    }

    @Test
    void theShippedFontIsUsedUnlessAnotherIsConfigured() throws Exception {
        assertThat(renderer.fontPath()).as("no system font configured in the tests").isEmpty();
        byte[] pdf = mvc.perform(get("/departments/" + seedId() + "/years/2021/summary.pdf"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            var fonts = new java.util.ArrayList<String>();
            for (var name : document.getPage(0).getResources().getFontNames()) {
                fonts.add(document.getPage(0).getResources().getFont(name).getName());
            }
            // Embedded as a subset (ABCDEF+name) of the shipped TrueType font.
            assertThat(fonts).anyMatch(font -> font.matches("[A-Z]{6}\\+WenQuanYiZenHei.*"));
        }
    }

    @Test
    void aMissingFontAnswersAChinesePageNotAStackTrace() throws Exception {
        String configured = renderer.fontPath();
        ReflectionTestUtils.setField(renderer, "fontPath", "/nonexistent/font.ttc");
        try {
            String html = mvc.perform(get("/departments/" + seedId() + "/years/2021/report.pdf"))
                    .andExpect(status().isServiceUnavailable())
                    .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
            Document page = Jsoup.parse(html);
            assertThat(page.select("h1").text()).isEqualTo("暂时无法生成 PDF");
            assertThat(page.select("#font-path").text()).isEqualTo("/nonexistent/font.ttc");
            assertThat(page.text()).contains("jixiao.pdf.font").doesNotContain("Exception");
        } finally {
            ReflectionTestUtils.setField(renderer, "fontPath", configured);
        }
    }

    @Test
    void unknownRecordsAnswer404ForPdfsToo() throws Exception {
        mvc.perform(get("/sheets/999999.pdf")).andExpect(status().isNotFound());
        mvc.perform(get("/departments/" + seedId() + "/years/1999/report.pdf")).andExpect(status().isNotFound());
        mvc.perform(get("/departments/" + seedId() + "/years/abc/report/print")).andExpect(status().isNotFound());
    }
}
