package com.jixiao.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jixiao.department.Department;
import com.jixiao.department.DepartmentRepository;
import com.jixiao.project.Project;
import com.jixiao.project.ProjectRepository;
import org.springframework.transaction.support.TransactionTemplate;
import com.jixiao.support.IntegrationTest;
import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultMatcher;

/** The pages a visitor opens, rendered by the real application on the seed data. */
// The demo auditor reads every department, so these pages are what any in-scope user sees.
@WithUserDetails("auditor")
class PagesTest extends IntegrationTest {

    @Autowired MockMvc mvc;
    @Autowired DepartmentRepository departments;
    @Autowired ProjectRepository projects;
    @Autowired TransactionTemplate tx;

    Document page(String url, ResultMatcher expectedStatus) throws Exception {
        String html = mvc.perform(get(url)).andExpect(expectedStatus)
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        return Jsoup.parse(html);
    }

    Long seedDepartmentId() {
        return departments.findByName("承德市公安局高新技术产业开发区分局").orElseThrow().getId();
    }

    @Test
    void homeListsTheSeedDepartmentAndYear() throws Exception {
        Document home = page("/", status().isOk());

        assertThat(home.select("table.grid tbody tr").text())
                .contains("承德市公安局高新技术产业开发区分局", "2021年度", "13");
    }

    @Test
    void summaryShowsThirteenRowsTheTotalAndTheCorrectAverage() throws Exception {
        Document summary = page("/departments/" + seedDepartmentId() + "/years/2021/summary", status().isOk());

        assertThat(summary.select(".working-view h1").text()).isEqualTo("2021年度高新区公安分局项目支出绩效自评情况汇总表");
        assertThat(summary.select("#summary-table tbody tr")).hasSize(13);
        // What Ctrl+P prints (shown only on paper): the official form, seven columns, the same thirteen rows.
        assertThat(summary.select(".official-print h1").text()).isEqualTo("2021年度高新区公安分局项目支出绩效自评情况汇总表");
        assertThat(summary.select(".official-print table.summary thead th")).hasSize(7);
        assertThat(summary.select(".official-print table.summary tbody tr")).hasSizeGreaterThanOrEqualTo(13);
        assertThat(summary.select("#total-funds").text()).isEqualTo("481.149665");
        assertThat(summary.select("#average-score").text()).contains("96.04");
        assertThat(summary.select("#misprinted-average").text()).contains("96.03");

        Element fourth = summary.select("#summary-table tbody tr").get(3);
        assertThat(fourth.select("td").eachText()).startsWith(
                "4", "承德市公安局高新技术产业开发区分局", "机关所站运转专项", "58.762315");
        assertThat(fourth.select("td.budget, td.rate, td.score, td.grade").eachText())
                .containsExactly("79", "74.383%", "74", "优秀");
        Element third = summary.select("#summary-table tbody tr").get(2);
        assertThat(third.select("td.funds").text()).isEqualTo("43.95235");
        // Printed in the filed report's 汇总表 without its 附1: a result, marked 已公布.
        assertThat(third.text()).contains("已公布");
    }

    @Test
    void sheetPageShowsTheAttachmentOneLayoutVerbatim() throws Exception {
        Document summary = page("/departments/" + seedDepartmentId() + "/years/2021/summary", status().isOk());
        String sheetUrl = summary.select("#summary-table tbody tr").get(12).select("a").attr("href");

        Document sheet = page(sheetUrl, status().isOk());

        assertThat(sheet.select("h1").text()).isEqualTo("执法办案中心建设项目支出绩效自评表");
        assertThat(sheet.select("#funds-rate").text()).isEqualTo("19.997%");
        assertThat(sheet.select("#funds-score").text()).isEqualTo("2");
        assertThat(sheet.select("#total-weight").text()).isEqualTo("100");
        assertThat(sheet.select("#total-score").text()).isEqualTo("92");
        Element firstRow = sheet.select("tr.indicator-row").first();
        assertThat(firstRow.select("th.l1").text()).isEqualTo("产出指标 50分");
        assertThat(firstRow.select("th.l1").attr("rowspan")).isEqualTo("6");
        assertThat(firstRow.select("td:not(.check)").eachText()).containsExactly("执法办案中心建设完成", "=1", "1", "20", "20");
        assertThat(firstRow.select("td.check .computed-score").text()).isEqualTo("20");
        assertThat(sheet.select("#funds-computed").text()).isEqualTo("2");
        assertThat(sheet.select("#total-computed").text()).isEqualTo("92");
        assertThat(sheet.select("tr.indicator-row").eachText())
                .anyMatch(text -> text.contains("办案民警满意度 ≥85% 100% 10 10"));
        assertThat(sheet.select(".project-report h3").eachText()).contains("一、执法办案中心建设经费概括");
    }

    @Test
    void sheetPageAndPrintedAttachmentOneAreTheSameFormCellForCell() throws Exception {
        Document summary = page("/departments/" + seedDepartmentId() + "/years/2021/summary", status().isOk());
        for (int row : new int[] {3, 12}) {
            String sheetUrl = summary.select("#summary-table tbody tr").get(row).select("a").attr("href");
            Document screen = page(sheetUrl, status().isOk());
            Document print = page(sheetUrl + "/print", status().isOk());
            // One description (sheet.AnnexForm): every cell of the form in the same order, spans included; the
            // screen adds only its computed column.
            String cells = "table.form-table tr > *:not(.check):not(.check-head)";
            assertThat(screen.select(cells).eachText()).as(sheetUrl).isNotEmpty()
                    .containsExactlyElementsOf(print.select(cells).eachText());
            assertThat(screen.select(cells).eachAttr("rowspan")).containsExactlyElementsOf(print.select(cells).eachAttr("rowspan"));
            assertThat(screen.select(cells).eachAttr("colspan")).containsExactlyElementsOf(print.select(cells).eachAttr("colspan"));
            assertThat(screen.select("table.form-table col:not(.c-check)").eachAttr("class"))
                    .containsExactlyElementsOf(print.select("table.form-table col").eachAttr("class"));
        }
    }

    @Test
    void sheetPageShowsComputedScoresAndFindingsAtTheirRows() throws Exception {
        Document summary = page("/departments/" + seedDepartmentId() + "/years/2021/summary", status().isOk());
        Element officeCosts = summary.select("#summary-table tbody tr").get(3);
        assertThat(officeCosts.select("td.computed-grade").text()).isEqualTo("中");
        assertThat(officeCosts.select("td.computed-score").hasClass("differs")).isTrue();
        assertThat(officeCosts.hasClass("has-findings")).isTrue();

        Document sheet = page(officeCosts.select("a").first().attr("href"), status().isOk());

        Element satisfactionRow = sheet.select("tr.indicator-row").first();
        assertThat(satisfactionRow.select("td.entered").text()).isEqualTo("7");
        assertThat(satisfactionRow.select("td.check .computed-score").text()).isEqualTo("8.75");
        assertThat(satisfactionRow.select("td.check li").eachAttr("data-code")).contains("SCORE_MISMATCH");
        assertThat(sheet.select("#funds-check li").eachAttr("data-code")).contains("FUNDS_SCORE_MISMATCH");
        assertThat(sheet.select("#funds-computed").text()).isEqualTo("7.44");
    }

    @Test
    void findingsPageListsEveryFindingPerProject() throws Exception {
        Document findings = page("/departments/" + seedDepartmentId() + "/years/2021/findings", status().isOk());

        assertThat(findings.select("[data-code=AVERAGE_MISMATCH]").text()).contains("96.03", "96.04");
        assertThat(findings.select("section.project-findings h2").eachText())
                .anyMatch(text -> text.contains("机关所站运转专项"))
                .anyMatch(text -> text.contains("移动警务服务专项"));
        assertThat(findings.select("tr[data-code=WEIGHT_SUM]").text()).contains("110");
        assertThat(findings.select("tr[data-code=GRADE_MISMATCH]").text()).contains("优秀");
    }

    @Test
    void aDepartmentWhoseProjectsHaveNoSheetYetStillGetsItsSummary() throws Exception {
        Long departmentId = tx.execute(status -> {
            Department department = departments.save(new Department("无自评表的测试部门", null));
            projects.save(new Project(department, 2032, 1, "尚未填报的项目"));
            return department.getId();
        });

        Document summary = page("/departments/" + departmentId + "/years/2032/summary", status().isOk());

        // No result yet: the table is empty and the project is listed apart as 未提交.
        assertThat(summary.select("#summary-table tbody tr")).isEmpty();
        assertThat(summary.select("#unsubmitted-title").text()).isEqualTo("未提交（1 个项目）");
        assertThat(summary.select("#unsubmitted-table tbody tr").text()).contains("尚未填报的项目", "未建立");
    }

    @Test
    void departmentReportShowsTheNarrativeSections() throws Exception {
        Document report = page("/departments/" + seedDepartmentId() + "/years/2021/report", status().isOk());

        assertThat(report.select("h2").eachText()).containsExactly(
                "一、绩效自评工作开展情况", "二、绩效目标实现情况", "三、绩效目标设定质量情况", "四、整改措施及结果应用");
        assertThat(report.text()).contains("共计481.149665万元", "平均得分96.03分");
    }

    @Test
    void missingRecordsAnswer404WithAChinesePageAndNoStackTrace() throws Exception {
        for (String url : new String[] {"/sheets/999999", "/sheets/abc", "/departments/999999/years/2021/summary",
                "/departments/" + seedDepartmentId() + "/years/1999/summary", "/no/such/page"}) {
            Document page = page(url, status().isNotFound());
            assertThat(page.select("h1").text()).as(url).isEqualTo("未找到（404）");
            assertThat(page.text()).as(url).doesNotContain("Exception", "at com.", "Whitelabel");
        }
    }
}
