package com.jixiao.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jixiao.department.Department;
import com.jixiao.department.DepartmentRepository;
import com.jixiao.project.Project;
import com.jixiao.project.ProjectRepository;
import com.jixiao.sheet.ScoreSheetRepository;
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
import org.springframework.transaction.support.TransactionTemplate;

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
    @Autowired ProjectRepository projects;
    @Autowired ScoreSheetRepository sheets;
    @Autowired TransactionTemplate tx;

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

    /**
     * Issue 11 in the per-department sums: DraftsApartTest's department (an approved and a submitted
     * sheet, a draft scored 30, a returned sheet scored 50, a project without a sheet) next to one of 8
     * projects without a sheet, so that the year exceeds the limit of 12. Before the fix its line
     * averaged the draft and the returned sheet in: 平均 69.38.
     */
    @Test
    void theSumsPerDepartmentCountOnlyResultsAndTheRestApart() throws Exception {
        long drafts = DraftsApartTest.fixture(tx, departments, projects, sheets);
        tx.executeWithoutResult(status -> {
            if (departments.findByName("八个项目未建表的测试局").isEmpty()) {
                Department department = departments.save(new Department("八个项目未建表的测试局", null));
                for (int seq = 1; seq <= 8; seq++) {
                    projects.save(new Project(department, DraftsApartTest.YEAR, seq, "未建表项目 " + seq));
                }
            }
        });

        Document all = page("/summary?year=" + DraftsApartTest.YEAR + "&department=all");

        assertThat(all.select("#overview-table thead th").eachText()).containsExactly("预算部门", "项目数", "计入汇总",
                "其中已提交", "其中已通过", "未提交", "资金", "全年预算数", "全年执行数", "执行率", "自评平均分");
        Element row = all.selectFirst("#overview-table tr[data-department-id=" + drafts + "]");
        assertThat(row.select("td").eachText()).containsExactly(DraftsApartTest.DEPARTMENT, "5", "2", "1", "1", "3",
                "175", "200", "175", "87.5%", "98.75");
        assertThat(all.select("#total-unsubmitted").text()).isEqualTo("11");
        assertThat(all.select("#total-results").text()).isEqualTo("2");
        assertThat(all.select("#total-funds").text()).isEqualTo("175");
        assertThat(all.select("#average-score").text()).isEqualTo("98.75");
        assertThat(all.select("#overview-unsubmitted").text()).contains("未提交（11 个项目");
    }
}
