package com.jixiao.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import com.jixiao.common.format.Formats;
import com.jixiao.department.Department;
import com.jixiao.department.DepartmentRepository;
import com.jixiao.project.Project;
import com.jixiao.project.ProjectRepository;
import com.jixiao.report.DraftsApartTest;
import com.jixiao.report.SummaryService;
import com.jixiao.scoring.Finding;
import com.jixiao.scoring.FindingCodes;
import com.jixiao.sheet.ScoreSheetRepository;
import com.jixiao.support.IntegrationTest;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The dashboards' JSON endpoints and pages through the real application: their numbers equal the
 * 汇总表's (seed department 2021), drafts are not results, the scope answers 404 and 403 as the other
 * pages do, and every label a user reads is Chinese.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardTest extends IntegrationTest {

    private static final String CHINESE = ".*[\\u4e00-\\u9fff].*";

    @Autowired MockMvc mvc;
    @Autowired DepartmentRepository departments;
    @Autowired ProjectRepository projects;
    @Autowired ScoreSheetRepository sheets;
    @Autowired TransactionTemplate tx;
    @Autowired SummaryService summaries;
    @Autowired JdbcTemplate jdbc;

    long seedId;
    long draftsId;

    @BeforeAll
    void departments() {
        seedId = departments.findByName("承德市公安局高新技术产业开发区分局").orElseThrow().getId();
        draftsId = DraftsApartTest.fixture(tx, departments, projects, sheets);
        // The year after the fixture's: one project without a sheet, so that its dashboard has a year before.
        tx.executeWithoutResult(status -> {
            Department department = departments.findById(draftsId).orElseThrow();
            if (jdbc.queryForObject("select count(*) from project where department_id = ? and fiscal_year = ?",
                    Integer.class, draftsId, NEXT_YEAR) == 0) {
                Project project = new Project(department, NEXT_YEAR, 1, "次年新项目");
                projects.save(project);
            }
        });
    }

    static final int NEXT_YEAR = DraftsApartTest.YEAR + 1;

    String body(String url, int expectedStatus) throws Exception {
        return mvc.perform(get(url).accept(MediaType.APPLICATION_JSON, MediaType.TEXT_HTML))
                .andExpect(status().is(expectedStatus)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    DocumentContext json(String url) throws Exception {
        return JsonPath.parse(body(url, 200));
    }

    Document html(String url) throws Exception {
        return Jsoup.parse(body(url, 200));
    }

    static String dashboard(long departmentId, int year) {
        return "/dashboard/departments/" + departmentId + "/years/" + year;
    }

    static BigDecimal decimal(Object value) {
        return value == null ? null : new BigDecimal(value.toString());
    }

    @Test
    @WithUserDetails("head")
    void seedDepartment2021ShowsTheNumbersOfItsSummaryTable() throws Exception {
        Document summary = html("/departments/" + seedId + "/years/2021/summary");
        DocumentContext data = json(dashboard(seedId, 2021) + "/data");

        assertThat(Formats.score2(decimal(data.read("$.current.averageScore"))))
                .isEqualTo(summary.selectFirst("#average-score span").text()).isEqualTo("96.04");
        assertThat(Formats.score2(decimal(data.read("$.current.averageComputedScore"))))
                .isEqualTo(summary.selectFirst("#average-computed span").text());
        assertThat(Formats.percent(decimal(data.read("$.current.executionRate"))))
                .isEqualTo(summary.selectFirst("#department-rate").text());
        assertThat(Formats.money(decimal(data.read("$.current.totalFunds"))))
                .isEqualTo(summary.selectFirst("#total-funds").text()).isEqualTo("481.149665");
        assertThat(data.read("$.current.findingCount", Integer.class).toString())
                .isEqualTo(summary.selectFirst("#finding-total").text());
        assertThat(data.read("$.current.results", Integer.class).toString())
                .isEqualTo(summary.selectFirst("#result-count").text());
        List<Map<String, Object>> grades = data.read("$.current.grades");
        assertThat(grades).extracting(g -> g.get("grade")).containsExactly("优", "良", "中", "差");
        for (Map<String, Object> grade : grades) {
            assertThat(summary.selectFirst("#grade-counts [data-grade=" + grade.get("grade") + "]").text())
                    .isEqualTo(grade.get("grade") + " " + grade.get("count"));
        }
        // The findings by kind add up to the 汇总表's finding total, each titled in Chinese.
        List<Map<String, Object>> findings = data.read("$.findings");
        assertThat(findings.stream().mapToInt(f -> (Integer) f.get("count")).sum())
                .isEqualTo(Integer.parseInt(summary.selectFirst("#finding-total").text()));
        assertThat(findings).isNotEmpty().allSatisfy(f -> assertThat((String) f.get("title")).matches(CHINESE));
        assertThat(findings).extracting(f -> f.get("title")).contains("缺少偏差原因分析");
        // Every point of the scatter opens its sheet.
        List<Map<String, Object>> points = data.read("$.points");
        assertThat(points).isNotEmpty().allSatisfy(p -> assertThat((String) p.get("url")).startsWith("/sheets/"));
        // 机关所站运转专项 totals 74 by the rules (中): it needs attention, and says why in Chinese.
        List<String> reasons = data.read("$.attention[?(@.name == '机关所站运转专项')].reasons[*]");
        assertThat(reasons).anySatisfy(reason -> assertThat(reason).contains("等级为中", "低于良"));
        // No deadline is stored: the progress says so instead of inventing one.
        assertThat(data.read("$.progress.deadlineNote", String.class)).contains("未设定填报截止日期");
        assertThat(data.read("$.previous", Object.class)).isNull();

        Document page = html(dashboard(seedId, 2021));
        assertThat(page.selectFirst("#average-score").text()).isEqualTo("96.04");
        assertThat(page.select("#table-findings tbody tr")).hasSize(findings.size());
        assertThat(page.selectFirst("#no-previous").text()).isEqualTo("2020年度没有本部门的项目，无法对比。");
        assertThat(page.selectFirst("main").attr("data-source")).endsWith(dashboard(seedId, 2021) + "/data");
        assertThat(page.select("script:not([src])")).as("no inline script (CSP)").isEmpty();
        assertThat(page.select("[style]")).as("no inline style (CSP)").isEmpty();
    }

    @Test
    @WithUserDetails("auditor")
    void draftsAndReturnedSheetsAreCountedInTheProgressButNotInTheResults() throws Exception {
        DocumentContext data = json(dashboard(draftsId, DraftsApartTest.YEAR) + "/data");

        List<Map<String, Object>> statuses = data.read("$.progress.statuses");
        assertThat(statuses).extracting(s -> s.get("label") + " " + s.get("count"))
                .containsExactly("未建立 1", "草稿 1", "已退回 1", "已提交 1", "已通过 1", "已公布（无附1） 0");
        assertThat(data.read("$.progress.total", Integer.class)).isEqualTo(5);
        assertThat(data.read("$.progress.results", Integer.class)).isEqualTo(2);
        assertThat(decimal(data.read("$.progress.percent"))).isEqualByComparingTo("40.0");
        // Mean of 99.5 and 98: the draft's 30 and the returned 50 are not results.
        assertThat(decimal(data.read("$.current.averageScore"))).isEqualByComparingTo("98.75");
        assertThat(data.read("$.points.length()", Integer.class)).isEqualTo(2);

        DocumentContext province = json("/dashboard/province/data?year=" + DraftsApartTest.YEAR);
        String line = "$.departments[?(@.departmentId == " + draftsId + ")]";
        assertThat(decimal(province.read(line + ".averageScore", List.class).get(0))).isEqualByComparingTo("98.75");
        assertThat(province.read(line + ".progress.statuses[*].count", List.class)).containsExactly(1, 1, 1, 1, 1, 0);
        assertThat(province.read(line + ".url", List.class))
                .containsExactly(dashboard(draftsId, DraftsApartTest.YEAR));
    }

    @Test
    @WithUserDetails("auditor")
    void provinceSumsEqualTheDepartmentsAndTheirSummaryTables() throws Exception {
        // Before any request: MockMvc's filter chain clears the test's security context when a request ends.
        long scorer = summaries.summary(seedId, 2021).allFindings().stream()
                .filter(f -> Finding.FUNDS.equals(f.path()))
                .filter(f -> Set.of(FindingCodes.FUNDS_RATE_MISSING_BUDGET, FindingCodes.EXECUTION_RATE_ABOVE_100,
                        FindingCodes.DEVIATION_NOTE_MISSING).contains(f.code()))
                .count();
        assertThat(scorer).as("the seed has funds findings to count").isPositive();
        DocumentContext province = json("/dashboard/province/data?year=2021");
        String line = "$.departments[?(@.departmentId == " + seedId + ")]";
        DocumentContext department = json(dashboard(seedId, 2021) + "/data");

        assertThat(decimal(province.read(line + ".averageScore", List.class).get(0)))
                .isEqualByComparingTo(decimal(department.read("$.current.averageScore")));
        assertThat(decimal(province.read(line + ".executionRate", List.class).get(0)))
                .isEqualByComparingTo(decimal(department.read("$.current.executionRate")));
        assertThat(province.read(line + ".progress.statuses[*].count", List.class))
                .isEqualTo(department.read("$.progress.statuses[*].count", List.class));
        // The database's count of funds-block findings equals the scorer's, over the same results.
        assertThat(province.read(line + ".fundsFindings", List.class)).containsExactly((int) scorer);
        // Every department's states add up to its projects, and the province's to the sum of them.
        List<Map<String, Object>> lines = province.read("$.departments");
        int total = 0;
        for (Map<String, Object> each : lines) {
            @SuppressWarnings("unchecked")
            Map<String, Object> progress = (Map<String, Object>) each.get("progress");
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> states = (List<Map<String, Object>>) progress.get("statuses");
            assertThat(states.stream().mapToInt(s -> (Integer) s.get("count")).sum()).isEqualTo(progress.get("total"));
            total += (Integer) progress.get("total");
        }
        assertThat(province.read("$.progress.total", Integer.class)).isEqualTo(total);
        assertThat(province.read("$.gradeNames", List.class)).containsExactly("优", "良", "中", "差");
        assertThat(province.read("$.progress.statuses[*].label", List.class)).allSatisfy(label ->
                assertThat((String) label).matches(CHINESE));

        Document page = html("/dashboard/province?year=2021");
        assertThat(page.select("#table-departments tbody tr")).hasSize(lines.size());
        assertThat(page.selectFirst("#table-departments tr[data-department-id=" + seedId + "] a").attr("href"))
                .isEqualTo(dashboard(seedId, 2021));
        assertThat(page.select("script:not([src])")).isEmpty();
        assertThat(page.select("[style]")).isEmpty();
    }

    @Test
    @WithUserDetails("auditor")
    void theYearBeforeIsComparedWithItsOwnSummaryFigures() throws Exception {
        DocumentContext data = json(dashboard(draftsId, NEXT_YEAR) + "/data");

        assertThat(data.read("$.current.projects", Integer.class)).isEqualTo(1);
        assertThat(data.read("$.current.results", Integer.class)).isZero();
        assertThat(data.read("$.current.averageScore", Object.class)).isNull();
        assertThat(data.read("$.previous.year", Integer.class)).isEqualTo(DraftsApartTest.YEAR);
        assertThat(data.read("$.previous.projects", Integer.class)).isEqualTo(5);
        assertThat(data.read("$.previous.results", Integer.class)).isEqualTo(2);
        assertThat(decimal(data.read("$.previous.averageScore"))).isEqualByComparingTo("98.75");
        assertThat(data.read("$.progress.statuses[0].label", String.class)).isEqualTo("未建立");

        Document page = html(dashboard(draftsId, NEXT_YEAR));
        assertThat(page.select("#no-previous")).isEmpty();
        assertThat(page.select("#chart-compare")).hasSize(1);
        assertThat(page.select("#table-compare tbody tr").get(2).select("td").stream().map(td -> td.text()))
                .containsExactly("", "98.75");
    }

    @Test
    @WithUserDetails("officer2")
    void anotherDepartmentsDashboardIsNotFound() throws Exception {
        String page = body(dashboard(seedId, 2021), 404);
        body(dashboard(seedId, 2021) + "/data", 404);
        assertThat(page).contains("没有编号为");
        body("/dashboard/province/data", 403);
        body("/dashboard/province", 403);
        assertThat(html("/").select("#nav-province")).isEmpty();
    }

    @Test
    @WithUserDetails("head")
    void headsSeeTheirDashboardLinkButNotTheProvince() throws Exception {
        Document home = html("/");
        assertThat(home.select("a.dashboard-link")).extracting(a -> a.attr("href"))
                .contains(dashboard(seedId, 2021));
        assertThat(home.select("#nav-province")).isEmpty();
        body("/dashboard/province", 403);
    }

    @Test
    @WithUserDetails("auditor")
    void auditorsFindTheProvinceInTheNavigation() throws Exception {
        assertThat(html("/").selectFirst("#nav-province").attr("href")).isEqualTo("/dashboard/province");
        assertThat(html("/dashboard/province").selectFirst("h1").text()).endsWith("年度全省绩效自评概览");
        body("/dashboard/province?year=1999", 404);
    }
}
