package com.jixiao.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.jixiao.department.DepartmentRepository;
import com.jixiao.support.IntegrationTest;
import jakarta.servlet.ServletContext;
import org.jsoup.Jsoup;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.test.context.support.WithUserDetails;
import org.thymeleaf.ITemplateEngine;

/**
 * The 汇总表 rows are rendered once per distinct set of cells: a second request over the same data
 * gets the very same rendering, and any difference in the cells (here: another order) renders anew,
 * exactly as the template would without the cache.
 */
@WithUserDetails("auditor")
class SummaryRowsHtmlTest extends IntegrationTest {

    @Autowired SummaryService summaries;
    @Autowired SummaryRowsHtml rowsHtml;
    @Autowired DepartmentRepository departments;
    @Autowired ITemplateEngine templates;
    @Autowired ServletContext servletContext;

    Long seedDepartment() {
        return departments.findByName("承德市公安局高新技术产业开发区分局").orElseThrow().getId();
    }

    String render(SummaryRowsHtml renderer, SummarySort sort) {
        SummaryPage page = summaries.summary(seedDepartment(), 2021, sort);
        return renderer.render(page, new MockHttpServletRequest(servletContext), new MockHttpServletResponse());
    }

    static Elements rows(String html) {
        return Jsoup.parse("<table><tbody>" + html + "</tbody></table>").select("tr");
    }

    @Test
    void theSameCellsReuseTheRendering() {
        String first = render(rowsHtml, SummarySort.DEFAULT);
        String second = render(rowsHtml, SummarySort.DEFAULT);

        assertThat(second).isSameAs(first);
        assertThat(rows(first)).hasSize(13);
        assertThat(rows(first).get(0).select("td").get(1).text()).isNotBlank();
    }

    @Test
    void differentCellsRenderAnewAsTheTemplateWould() {
        String bySeq = render(rowsHtml, SummarySort.DEFAULT);
        String byScore = render(rowsHtml, SummarySort.parse("score,asc"));
        String uncached = render(new SummaryRowsHtml(templates, servletContext, 0), SummarySort.parse("score,asc"));

        assertThat(byScore).isNotSameAs(bySeq).isEqualTo(uncached);
        assertThat(rows(byScore).eachAttr("data-project-id"))
                .containsExactlyInAnyOrderElementsOf(rows(bySeq).eachAttr("data-project-id"))
                .isNotEqualTo(rows(bySeq).eachAttr("data-project-id"));
        assertThat(rows(byScore).select("td.findings-count a").attr("href"))
                .startsWith("/departments/" + seedDepartment() + "/years/2021/findings#project-");
    }

    @Test
    void aZeroBudgetRendersEveryTime() {
        SummaryRowsHtml off = new SummaryRowsHtml(templates, servletContext, 0);

        assertThat(render(off, SummarySort.DEFAULT)).isNotSameAs(render(off, SummarySort.DEFAULT))
                .isEqualTo(render(rowsHtml, SummarySort.DEFAULT));
    }
}
