package com.jixiao.report;

import com.jixiao.report.form.SummaryForm;
import static org.assertj.core.api.Assertions.assertThat;

import com.jixiao.department.DepartmentRepository;
import com.jixiao.support.IntegrationTest;
import jakarta.servlet.ServletContext;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.test.context.support.WithUserDetails;
import org.thymeleaf.ITemplateEngine;

/**
 * The 汇总表 rows run the template once per distinct row: the same data again, or in another order,
 * renders nothing new; a changed row renders that row alone; and the result is always what the
 * template gives without the cache.
 */
@WithUserDetails("auditor")
class SummaryRowsHtmlTest extends IntegrationTest {

    @Autowired SummaryService summaries;
    @Autowired DepartmentRepository departments;
    @Autowired ITemplateEngine templates;
    @Autowired ServletContext servletContext;
    @Autowired ApplicationContext applicationContext;
    @Autowired JdbcTemplate jdbc;

    Long seedDepartment() {
        return departments.findByName("承德市公安局高新技术产业开发区分局").orElseThrow().getId();
    }

    String render(SummaryRowsHtml renderer, SummarySort sort) {
        SummaryPage page = summaries.summary(seedDepartment(), 2021, sort);
        return renderer.render(page, new MockHttpServletRequest(servletContext), new MockHttpServletResponse());
    }

    SummaryRowsHtml renderer(long capacityMb) {
        return new SummaryRowsHtml(templates, applicationContext, servletContext, new SummaryProperties(capacityMb, 10000));
    }

    static Elements rows(String html) {
        return Jsoup.parse("<table><tbody>" + html + "</tbody></table>").select("tr");
    }

    @Test
    void rowsAreRenderedOnceWhateverTheOrder() {
        SummaryRowsHtml rowsHtml = renderer(32);
        String bySeq = render(rowsHtml, SummarySort.DEFAULT);
        assertThat(rowsHtml.renderedRows()).isEqualTo(13);

        String again = render(rowsHtml, SummarySort.DEFAULT);
        String byScore = render(rowsHtml, SummarySort.parse("score,asc"));

        assertThat(rowsHtml.renderedRows()).isEqualTo(13);
        assertThat(again).isEqualTo(bySeq);
        assertThat(rows(byScore).eachAttr("data-project-id"))
                .containsExactlyInAnyOrderElementsOf(rows(bySeq).eachAttr("data-project-id"))
                .isNotEqualTo(rows(bySeq).eachAttr("data-project-id"));
        assertThat(rows(bySeq)).hasSize(13);
        assertThat(rows(bySeq).select("td.findings-count a").attr("href"))
                .startsWith("/departments/" + seedDepartment() + "/years/2021/findings#project-");
        assertThat(byScore).isEqualTo(render(renderer(0), SummarySort.parse("score,asc")));
    }

    @Test
    void aChangedRowIsRenderedAloneAndShowsTheChange() {
        SummaryRowsHtml rowsHtml = renderer(32);
        render(rowsHtml, SummarySort.DEFAULT);
        Long projectId = jdbc.queryForObject("select id from project where department_id = ? and fiscal_year = 2021 "
                + "order by seq limit 1", Long.class, seedDepartment());
        String contact = jdbc.queryForObject("select contact from project where id = ?", String.class, projectId);
        try {
            jdbc.update("update project set contact = '张三 0314-0000000' where id = ?", projectId);
            String changed = render(rowsHtml, SummarySort.DEFAULT);

            assertThat(rowsHtml.renderedRows()).isEqualTo(14);
            assertThat(rows(changed).select("tr[data-project-id=" + projectId + "]").text())
                    .contains("张三 0314-0000000");
            assertThat(changed).isEqualTo(render(renderer(0), SummarySort.DEFAULT));
        } finally {
            jdbc.update("update project set contact = ? where id = ?", contact, projectId);
        }
    }

    @Test
    void userTextReachesTheUnescapedTableOnlyEscaped() {
        SummaryRowsHtml rowsHtml = renderer(32);
        Long projectId = jdbc.queryForObject("select id from project where department_id = ? and fiscal_year = 2021 "
                + "order by seq limit 1", Long.class, seedDepartment());
        Map<String, Object> before = jdbc.queryForMap("select summary_name, using_office_name, contact, "
                + "published_grade from project where id = ?", projectId);
        String markup = "<script>alert(1)</script><!--row--></td></tr><tr><td>&amp;\"'";
        // The printed grade is typed or imported text too (varchar(20)).
        String gradeMarkup = "<b>优</b><!--row-->";
        try {
            jdbc.update("update project set summary_name = ?, using_office_name = ?, contact = ?, published_grade = ? "
                    + "where id = ?", markup, markup, markup, gradeMarkup, projectId);
            String html = render(rowsHtml, SummarySort.DEFAULT);

            assertThat(html).doesNotContain("<script>", "</td></tr><tr><td>&amp;", "<b>优");
            assertThat(rows(html)).hasSize(13);
            Elements cells = rows(html).select("tr[data-project-id=" + projectId + "] td");
            assertThat(cells.eachText()).filteredOn(markup::equals).hasSize(3);
            assertThat(cells.eachText()).contains(gradeMarkup);

            // The official form Ctrl+P prints (summary.html's other th:utext): the same text, escaped as well.
            SummaryPage page = summaries.summary(seedDepartment(), 2021);
            String official = rowsHtml.officialForm(seedDepartment(), 2021, SummaryForm.of(page),
                    new MockHttpServletRequest(servletContext), new MockHttpServletResponse());
            assertThat(official).doesNotContain("<script>", "</td></tr><tr><td>&amp;", "<b>优");
            assertThat(Jsoup.parse(official).select("table.summary tbody td").eachText())
                    .filteredOn(markup::equals).hasSize(3);
        } finally {
            jdbc.update("update project set summary_name = ?, using_office_name = ?, contact = ?, published_grade = ? "
                    + "where id = ?", before.get("summary_name"), before.get("using_office_name"),
                    before.get("contact"), before.get("published_grade"), projectId);
        }
    }

    @Test
    void aZeroBudgetRendersEveryRowEveryTime() {
        SummaryRowsHtml off = renderer(0);
        String first = render(off, SummarySort.DEFAULT);
        String second = render(off, SummarySort.DEFAULT);

        assertThat(off.renderedRows()).isEqualTo(26);
        assertThat(second).isEqualTo(first);
    }

    @Test
    void indentationBetweenTagsIsDroppedAndTextIsKept() {
        assertThat(SummaryRowsHtml.collapseBetweenTags("<tr>\n    <td> a b </td>\n  <td>x</td>\n</tr>"))
                .isEqualTo("<tr><td> a b </td><td>x</td></tr>");
    }
}
