package com.jixiao.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jixiao.demo.generator.ProvinceDataGenerator;
import com.jixiao.common.form.FormCell;
import com.jixiao.common.form.FormDocument;
import com.jixiao.common.form.FormRow;
import com.jixiao.common.form.FormTable;
import com.jixiao.report.print.PdfRenderer;
import com.jixiao.support.DocsScreenshots;
import com.jixiao.support.IntegrationTest;
import com.jixiao.support.PdfLayout;
import com.jixiao.support.PdfLayout.Page;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.ISpringTemplateEngine;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;

/**
 * The server PDFs read back with PDFBox, position by position ({@link PdfLayout}): no words drawn over each
 * other, every table as wide as the printable width (≥ 90 %), no page that carries on a table with only its
 * header and one row (an orphan 总分 or 合计), no blank page. On the seed (13 projects) and on a generated
 * department of 150 projects; the PDFs are kept under target/pdf for a look.
 */
@WithUserDetails("auditor")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PdfLayoutTest extends IntegrationTest {

    static final int YEAR = 2043;
    static final int LARGE = 150;

    @Autowired MockMvc mvc;
    @Autowired DataSource dataSource;
    @Autowired ISpringTemplateEngine templates;
    @Autowired ApplicationContext applicationContext;
    @Autowired PdfRenderer renderer;
    JdbcTemplate jdbc;
    Long largeId;

    @BeforeAll
    void generateALargeDepartment() throws Exception {
        new ProvinceDataGenerator(dataSource).generate(List.of(LARGE), YEAR);
        jdbc = new JdbcTemplate(dataSource);
        largeId = jdbc.queryForObject("select id from department where name = ?", Long.class,
                ProvinceDataGenerator.departmentName(0, YEAR));
        jdbc.update("""
                update score_sheet s set status = 'SUBMITTED' from project p
                where p.id = s.project_id and p.fiscal_year = ?""", YEAR);
    }

    Long seedId() {
        return jdbc.queryForObject("select id from department where name = '承德市公安局高新技术产业开发区分局'",
                Long.class);
    }

    List<Page> pdf(String url, String saveAs) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse();
        assertThat(response.getContentType()).isEqualTo("application/pdf");
        byte[] pdf = response.getContentAsByteArray();
        Files.createDirectories(Path.of("target/pdf"));
        Files.write(Path.of("target/pdf", saveAs), pdf);
        return PdfLayout.read(pdf);
    }

    @Test
    void seedReportSummaryAndAnnexAreCleanlyLaidOut() throws Exception {
        String base = "/departments/" + seedId() + "/years/2021";
        for (String[] document : List.of(new String[] {base + "/report.pdf", "layout-seed-report.pdf"},
                new String[] {base + "/summary.pdf", "layout-seed-summary.pdf"},
                new String[] {base + "/audit-annex.pdf", "layout-seed-annex.pdf"})) {
            List<Page> pages = pdf(document[0], document[1]);
            assertThat(PdfLayout.problems(pages)).as(document[0]).isEmpty();
        }
        Long lawCentre = jdbc.queryForObject(
                "select id from score_sheet where title = '执法办案中心建设项目支出绩效自评表'", Long.class);
        assertThat(PdfLayout.problems(pdf("/sheets/" + lawCentre + ".pdf", "layout-seed-sheet.pdf"))).isEmpty();
        DocsScreenshots.pdfPage(Files.readAllBytes(Path.of("target/pdf/layout-seed-sheet.pdf")), 0, "pdf-sheet-after");
        // The official 汇总表 is one landscape page: 13 rows, no 合计 of computed values, nothing else.
        List<Page> summary = pdf(base + "/summary.pdf", "layout-seed-summary.pdf");
        DocsScreenshots.pdfPage(Files.readAllBytes(Path.of("target/pdf/layout-seed-summary.pdf")), 0,
                "pdf-summary-after");
        assertThat(summary).hasSize(1);
        assertThat(summary.get(0).width()).isGreaterThan(800);
        // Header + 13 rows: 15 horizontal rules.
        assertThat(summary.get(0).rowBoundaries()).hasSize(15);
    }

    @Test
    void largeDepartmentSummaryAnnexAndSheetsAreCleanlyLaidOut() throws Exception {
        String base = "/departments/" + largeId + "/years/" + YEAR;
        List<Page> summary = pdf(base + "/summary.pdf", "layout-large-summary.pdf");
        assertThat(PdfLayout.problems(summary)).isEmpty();
        assertThat(summary.size()).as("150 rows take several pages").isGreaterThan(3);
        // The header row repeats on every page.
        assertThat(summary).allSatisfy(page -> assertThat(page.text()).contains("资金使用单位(科室)名称", "联系人及电话"));

        List<Page> annex = pdf(base + "/audit-annex.pdf", "layout-large-annex.pdf");
        assertThat(PdfLayout.problems(annex)).isEmpty();

        List<Long> sheets = jdbc.queryForList("""
                select s.id from score_sheet s join project p on p.id = s.project_id
                where p.department_id = ? order by p.seq limit 3""", Long.class, largeId);
        for (Long sheetId : sheets) {
            assertThat(PdfLayout.problems(pdf("/sheets/" + sheetId + ".pdf", "layout-large-sheet.pdf"))).isEmpty();
        }
    }

    /**
     * The 总分 row of a 附1 that grows past a page never stands alone under the repeated header: for every
     * length around a page break, the row before it comes along. Rendered as the sheet print renders.
     */
    @Test
    void totalRowNeverStartsAPageAlone() throws Exception {
        List<Integer> widths = List.of(70, 100, 100, 190, 120, 120, 70, 70, 160);
        FormRow head = FormRow.of(FormCell.head("绩效指标"), FormCell.head("一级指标"), FormCell.head("二级指标"),
                FormCell.head("三级指标"), FormCell.head("年度指标值"), FormCell.head("实际完成值"),
                FormCell.head("分值"), FormCell.head("得分"), FormCell.head("偏差原因分析及改进措施"));
        for (int rows = 28; rows <= 44; rows++) {
            List<FormRow> body = new ArrayList<>();
            for (int i = 0; i < rows; i++) {
                body.add(FormRow.of(FormCell.text(""), FormCell.head("产出指标"), FormCell.head("数量指标"),
                        FormCell.text("指标" + i), FormCell.text("≥98%"), FormCell.text("100%"),
                        FormCell.score(BigDecimal.ONE), FormCell.score(BigDecimal.ONE), FormCell.text("")));
            }
            body.add(FormRow.of(FormCell.head("总分").cols(6), FormCell.score(BigDecimal.valueOf(100)),
                    FormCell.score(BigDecimal.valueOf(rows)), FormCell.text("")).keptWithPrevious());
            FormDocument doc = new FormDocument("附1", "测试项目支出绩效自评表", "(2021 年度)", null, null,
                    List.of(new FormTable("sheet-indicators", widths, List.of(head), body)), List.of(), false);
            Context context = new Context(Locale.SIMPLIFIED_CHINESE, Map.of("doc", doc, "pdf", true));
            context.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
                    new ThymeleafEvaluationContext(applicationContext, null));
            byte[] pdf = renderer.render(templates.process("report/print/form-page", context));
            List<Page> pages = PdfLayout.read(pdf);
            assertThat(PdfLayout.problems(pages)).as(rows + " rows").isEmpty();
            assertThat(pages.get(pages.size() - 1).text()).as(rows + " rows").contains("总分");
        }
    }
}
