package com.jixiao.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jixiao.department.DepartmentRepository;
import com.jixiao.support.IntegrationTest;
import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Above the list limit the auditors' view sums per department in the database instead of listing
 * (and scoring) every project. The limit is lowered to 12 so that the seed's 13 projects exceed it.
 */
@WithUserDetails("auditor")
@TestPropertySource(properties = "jixiao.summary.annual-list-limit=12")
class AnnualOverviewTest extends IntegrationTest {

    @Autowired MockMvc mvc;
    @Autowired DepartmentRepository departments;
    @Autowired JdbcTemplate jdbc;

    Document page(String url) throws Exception {
        return Jsoup.parse(mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
    }

    @Test
    void aSelectionAboveTheLimitIsSummedPerDepartmentWithTheFiguresOfItsSummary() throws Exception {
        Long seed = departments.findByName("承德市公安局高新技术产业开发区分局").orElseThrow().getId();
        long projects2021 = jdbc.queryForObject("select count(*) from project where fiscal_year = 2021", Long.class);

        Document all = page("/summary?year=2021&department=all");

        assertThat(all.select("#annual-table")).isEmpty();
        assertThat(all.select("#overview-notice").text()).contains("共 " + projects2021 + " 个项目", "上限 12");
        Element seedRow = all.selectFirst("#overview-table tr[data-department-id=" + seed + "]");
        assertThat(seedRow.select("td").eachText()).containsSubsequence("13", "481.149665");
        assertThat(seedRow.select("td").last().text()).isEqualTo("96.04");
        assertThat(seedRow.selectFirst("a").attr("href")).isEqualTo("/summary?year=2021&department=" + seed);
        assertThat(all.select("#total-projects").text()).isEqualTo(String.valueOf(projects2021));
        assertThat(all.select("#annual-filter select[name=department] option").eachText()).contains("全部部门");

        Document one = page("/summary?year=2021&department=" + seed);
        assertThat(one.select("#overview-table tbody tr")).hasSize(1);
        assertThat(one.select("#total-funds").text()).isEqualTo("481.149665");
        assertThat(one.select("#average-score").text()).isEqualTo("96.04");
    }
}
