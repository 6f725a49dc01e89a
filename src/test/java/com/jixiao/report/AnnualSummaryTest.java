package com.jixiao.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jixiao.department.DepartmentRepository;
import com.jixiao.support.IntegrationTest;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultMatcher;

/** The 汇总表's added columns, totals and sorting, and the auditors' cross-department view. */
@WithUserDetails("auditor")
class AnnualSummaryTest extends IntegrationTest {

    @Autowired JdbcTemplate jdbc;

    @Autowired MockMvc mvc;
    @Autowired DepartmentRepository departments;

    Document page(String url, ResultMatcher expected) throws Exception {
        return Jsoup.parse(mvc.perform(get(url)).andExpect(expected).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
    }

    Long seedId() {
        return departments.findByName("承德市公安局高新技术产业开发区分局").orElseThrow().getId();
    }

    @Test
    void summaryHasBudgetsStatusFindingsTotalsAndGradeCounts() throws Exception {
        Document summary = page("/departments/" + seedId() + "/years/2021/summary", status().isOk());

        assertThat(summary.select("#summary-table thead th").eachText()).containsExactly("序号▲",
                "资金使用单位(科室)名称", "项目名称", "资金", "年初预算数", "全年预算数", "全年执行数", "执行率",
                "自评得分", "自评等级", "联系人及电话", "按规则得分", "按规则等级", "状态", "问题数");
        assertThat(summary.select("#seal-line").text()).startsWith("预算部门(盖章)");
        assertThat(summary.select(".doc-meta").text()).contains("单位：万元");
        assertThat(summary.select("#total-funds").text()).isEqualTo("481.149665");
        assertThat(summary.select("#average-score").text()).isEqualTo("平均 96.04");
        assertThat(summary.select("#misprinted-average").text()).contains("96.03");
        long graded = summary.select("#grade-counts span").stream()
                .mapToLong(span -> Long.parseLong(span.text().split(" ")[1])).sum();
        assertThat(graded).isEqualTo(12);
        assertThat(summary.select("#grade-counts [data-grade=中]").text()).isNotEqualTo("中 0");
        assertThat(summary.select("td.status").eachText()).contains("已公布", "已提交");
        assertThat(summary.select("#summary-actions a").eachAttr("href")).anyMatch(href -> href.endsWith("report.pdf"))
                .anyMatch(href -> href.contains("/exports/scores-2021.xlsx"))
                .anyMatch(href -> href.contains("/report/print"));
    }

    @Test
    void sortingByScoreDescendingPutsTheHighestFirstAndFlipsTheHeaderLink() throws Exception {
        Document sorted = page("/departments/" + seedId() + "/years/2021/summary?sort=score,desc", status().isOk());

        List<BigDecimal> scores = sorted.select("#summary-table tbody td.score").eachText().stream()
                .filter(text -> !text.isEmpty()).map(BigDecimal::new).toList();
        assertThat(scores).hasSize(13).isSortedAccordingTo((a, b) -> b.compareTo(a));
        assertThat(sorted.select("a[data-sort=score]").text()).isEqualTo("自评得分▼");
        assertThat(sorted.select("a[data-sort=score]").attr("href")).contains("sort=score,asc");

        Document byName = page("/departments/" + seedId() + "/years/2021/summary?sort=findings,asc", status().isOk());
        List<Integer> findings = byName.select("#summary-table tbody td.findings-count").eachText().stream()
                .map(Integer::parseInt).toList();
        assertThat(findings).isSorted();

        Document nonsense = page("/departments/" + seedId() + "/years/2021/summary?sort=drop%20table,sideways",
                status().isOk());
        assertThat(nonsense.select("#summary-table tbody tr").first().select("td").first().text()).isEqualTo("1");
    }

    @Test
    void auditorsSeeAllDepartmentsOfAYear() throws Exception {
        Document all = page("/summary?year=2021&department=all", status().isOk());

        // Every department of 2021: the seed's 13 projects, and the demo department 示例部门 whose only sheet
        // is a draft, listed apart as 未提交.
        assertThat(all.select("#annual-table tbody td.department").eachText())
                .filteredOn("承德市公安局高新技术产业开发区分局"::equals).hasSize(13);
        assertThat(all.select("#annual-table tbody td.department").eachText()).doesNotContain("示例部门");
        assertThat(all.select("#unsubmitted-table tbody td.department").eachText()).contains("示例部门");
        Document seedOnly = page("/summary?year=2021&department=" + seedId(), status().isOk());
        assertThat(seedOnly.select("#annual-table tbody tr")).hasSize(13);
        assertThat(seedOnly.select("#total-funds").text()).isEqualTo("481.149665");
        assertThat(all.select("#annual-filter select[name=department] option").eachText()).contains("全部部门",
                "承德市公安局高新技术产业开发区分局");
        assertThat(all.select("#annual-filter a").eachAttr("href"))
                .anyMatch(href -> href.contains("/exports/scores-2021.xlsx") && href.contains("department=all"));

        Document one = page("/summary?year=2021&department=" + seedId() + "&sort=computed,desc", status().isOk());
        assertThat(one.select("h1").text()).contains("承德市公安局高新技术产业开发区分局");
        List<BigDecimal> computed = one.select("#annual-table tbody td.computed-score").eachText().stream()
                .filter(text -> !text.equals("—")).map(BigDecimal::new).toList();
        assertThat(computed).hasSize(12).isSortedAccordingTo((a, b) -> b.compareTo(a));

        // Without a year: the newest year that has projects (other tests may add later years).
        Integer newest = jdbc.queryForObject("select max(fiscal_year) from project", Integer.class);
        Integer newestCount = jdbc.queryForObject("select count(*) from project where fiscal_year = ?", Integer.class,
                newest);
        Document newestYear = page("/summary", status().isOk());
        assertThat(newestYear.select("#annual-table tbody tr, #unsubmitted-table tbody tr")).hasSize(newestCount);
    }

    @Test
    void badParametersAnswer404NotAnError() throws Exception {
        for (String url : new String[] {"/summary?year=1999", "/summary?year=abc", "/summary?year=2021&department=999999",
                "/summary?year=2021&department=x", "/departments/" + seedId() + "/years/abc/summary",
                "/departments/" + seedId() + "/years/99999999999/summary"}) {
            Document page = page(url, status().isNotFound());
            assertThat(page.select("h1").text()).as(url).isEqualTo("未找到（404）");
        }
    }
}
