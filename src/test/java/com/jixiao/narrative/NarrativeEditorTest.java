package com.jixiao.narrative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jixiao.department.DepartmentRepository;
import com.jixiao.project.ProjectRepository;
import com.jixiao.security.AppUserDetailsService;
import com.jixiao.demo.DemoAccounts;
import com.jixiao.sheet.ScoreSheetRepository;
import com.jixiao.support.IntegrationTest;
import com.jixiao.support.TestSheets;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The 自评报告 through its pages, as the seed department's officer, head and the auditor: drafted from the data for
 * a year that has none, saved as versions, protected against a stale save, submitted by the head, printed with the
 * 汇总表 and the 附1s. The tests' own year ({@link TestSheets#YEAR}) is used so the seed's report stays as filed.
 */
class NarrativeEditorTest extends IntegrationTest {

    static final int YEAR = TestSheets.YEAR;

    @Autowired MockMvc mvc;
    @Autowired AppUserDetailsService userDetails;
    @Autowired DepartmentRepository departments;
    @Autowired ProjectRepository projects;
    @Autowired ScoreSheetRepository sheets;
    @Autowired TransactionTemplate tx;
    @Autowired JdbcTemplate jdbc;

    Long departmentId;

    @BeforeEach
    void aResultInTheTestYear() throws Exception {
        departmentId = departments.findByName(DemoAccounts.SEED_DEPARTMENT).orElseThrow().getId();
        Long sheetId = TestSheets.newDraft(tx, departments, projects, sheets, DemoAccounts.SEED_DEPARTMENT);
        mvc.perform(as("officer", post("/sheets/" + sheetId + "/submit"))).andExpect(redirectedUrl("/sheets/" + sheetId));
    }

    @AfterEach
    void removeTheTestYearsReport() {
        jdbc.update("delete from narrative_report where fiscal_year = ? and project_id is null", YEAR);
    }

    MockHttpServletRequestBuilder as(String username, MockHttpServletRequestBuilder request) {
        return request.with(user(userDetails.loadUserByUsername(username))).with(csrf());
    }

    String base() {
        return "/departments/" + departmentId + "/years/" + YEAR + "/report";
    }

    Document page(String username, String url, ResultMatcher expected) throws Exception {
        return Jsoup.parse(mvc.perform(as(username, get(url))).andExpect(expected).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
    }

    /** The editor's form as the page filled it, with the given bodies typed over its own. */
    ResultActions save(String username, Document editor, Map<Integer, String> typed) throws Exception {
        MockHttpServletRequestBuilder request = as(username, post(base() + "/edit"));
        request.param("lockVersion", editor.select("input[name=lockVersion]").val());
        request.param("title", editor.select("#title").val());
        List<String> headings = editor.select("input[name=headings]").eachAttr("value");
        for (int i = 0; i < headings.size(); i++) {
            request.param("headings", headings.get(i));
            request.param("bodies", typed.getOrDefault(i, editor.select("#body-" + i).text()));
        }
        return mvc.perform(request);
    }

    int versionsSaved() {
        return jdbc.queryForObject("select count(*) from narrative_version v join narrative_report r on r.id = v.report_id "
                + "where r.fiscal_year = ? and r.project_id is null", Integer.class, YEAR);
    }

    @Test
    void aYearWithoutAReportShowsADraftFromTheDataInTheUsualOutline() throws Exception {
        Document summary = page("officer", "/departments/" + departmentId + "/years/" + YEAR + "/summary", status().isOk());
        int results = summary.select("#summary-table tbody tr").size();

        Document report = page("officer", base(), status().isOk());

        assertThat(report.select("#draft-hint").text()).contains("自动起草", "尚未保存");
        assertThat(report.select("main h2").eachText()).containsExactlyElementsOf(NarrativeDraft.OUTLINE);
        assertThat(report.select("main section.draft").first().text())
                .contains("纳入绩效自评的预算项目共" + results + "个", "年初预算数合计", "全年执行数合计", "预算执行率");
        assertThat(report.select("#attachments li a").eachText()).contains("2030年度高新区公安分局项目支出绩效自评情况汇总表");
        assertThat(report.select("#edit-report").text()).isEqualTo("编写自评报告");
        assertThat(versionsSaved()).isZero();
    }

    @Test
    void officerSavesVersionsHeadSubmitsAuditorReadsAndPrints() throws Exception {
        Document editor = page("officer", base() + "/edit", status().isOk());
        assertThat(editor.select("input[name=headings]").eachAttr("value")).containsExactlyElementsOf(NarrativeDraft.OUTLINE);

        save("officer", editor, Map.of(1, "第一段。\n<b>第二段</b>")).andExpect(redirectedUrl(base()))
                .andExpect(flash().attribute("message", "已保存为第 1 版。"));
        Document first = page("officer", base(), status().isOk());
        assertThat(first.select("main section").get(1).select("p").eachText()).containsExactly("第一段。", "<b>第二段</b>");
        assertThat(first.select("main section b")).as("typed markup is text, never HTML").isEmpty();

        save("head", page("head", base() + "/edit", status().isOk()), Map.of(1, "负责人改写的第二部分。"))
                .andExpect(flash().attribute("message", "已保存为第 2 版。"));
        Document second = page("auditor", base(), status().isOk());
        assertThat(second.text()).contains("负责人改写的第二部分。").doesNotContain("第一段。");
        assertThat(second.select("#history tbody tr td:nth-child(2)").eachText()).containsExactly("head", "officer");
        assertThat(second.select("#edit-report, #submit-report")).as("the auditor reads only").isEmpty();
        Document older = page("auditor", base() + "/versions/1", status().isOk());
        assertThat(older.select("#version-line").text()).contains("第 1 版", "officer", "历史版本");
        assertThat(older.text()).contains("第一段。");

        assertThat(page("auditor", base() + "/print", status().isOk()).select("#report-version").text())
                .as("a draft printed says so on paper").contains("草稿", "第 2 版", "尚未提交");

        // Only the head submits; the officer is not offered the button and is refused.
        assertThat(page("officer", base(), status().isOk()).select("#submit-report")).isEmpty();
        String lock = second.select("input[name=lockVersion]").isEmpty()
                ? page("head", base(), status().isOk()).select("input[name=lockVersion]").val()
                : second.select("input[name=lockVersion]").val();
        mvc.perform(as("officer", post(base() + "/submit")).param("lockVersion", lock)).andExpect(status().isForbidden());
        mvc.perform(as("auditor", post(base() + "/edit")).param("title", "x")).andExpect(status().isForbidden());
        mvc.perform(as("head", post(base() + "/submit")).param("lockVersion", lock))
                .andExpect(flash().attribute("message", "自评报告已标记为已提交。"));
        Document submitted = page("auditor", base(), status().isOk());
        assertThat(submitted.select("#report-status").text()).contains("已提交", "第 2 版", "head");

        // Submitted: nobody edits until the head withdraws it.
        Document lateEditor = page("officer", base() + "/edit", status().isOk());
        save("officer", lateEditor, Map.of(0, "提交后的修改")).andExpect(status().isConflict());
        assertThat(versionsSaved()).isEqualTo(2);

        Document print = page("auditor", base() + "/print", status().isOk());
        assertThat(print.select("section.narrative").text()).contains("负责人改写的第二部分。");
        assertThat(print.select("#report-version").text()).contains("第 2 版", "head", "提交").doesNotContain("草稿");
        assertThat(print.select("section.narrative + *, section.narrative ~ section").size())
                .as("the 汇总表 and the 附1s follow the narrative").isGreaterThan(1);

        assertThat(jdbc.queryForList("select action from audit_event where entity_type = 'NarrativeReport' "
                + "and department_id = ? order by id desc limit 3", String.class, departmentId))
                .containsExactly("NARRATIVE_SUBMIT", "NARRATIVE_SAVE", "NARRATIVE_SAVE");
        Document trail = page("auditor", "/audit?action=NARRATIVE_SAVE", status().isOk());
        assertThat(trail.select("#audit-table tbody tr").first().select(".audit-action").text()).isEqualTo("保存自评报告");
        assertThat(trail.select("#audit-table tbody tr").first().text()).contains("正文 二、绩效自评工作开展情况",
                "第一段。", "负责人改写的第二部分。");

        mvc.perform(as("head", post(base() + "/reopen")).param("lockVersion",
                        page("head", base(), status().isOk()).select("#reopen-report").parents().first()
                                .select("input[name=lockVersion]").val()))
                .andExpect(flash().attribute("message", "已撤回提交，自评报告可以继续修改。"));
        assertThat(page("officer", base(), status().isOk()).select("#edit-report").text()).isEqualTo("修改自评报告");
    }

    @Test
    void aSaveOnAnOlderVersionIsRefusedAndKeepsWhatWasTyped() throws Exception {
        Document officerForm = page("officer", base() + "/edit", status().isOk());
        Document headForm = page("head", base() + "/edit", status().isOk());

        save("head", headForm, Map.of(0, "负责人的版本。")).andExpect(redirectedUrl(base()));
        String html = save("officer", officerForm, Map.of(0, "填报人的版本。")).andExpect(status().isConflict())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        Document conflict = Jsoup.parse(html);
        assertThat(conflict.select("#conflict").text()).contains("他人已保存了新的版本", "第 1 版");
        assertThat(conflict.select("#body-0").text()).isEqualTo("填报人的版本。");
        assertThat(versionsSaved()).isEqualTo(1);
        assertThat(page("auditor", base(), status().isOk()).text()).contains("负责人的版本。").doesNotContain("填报人的版本。");
    }

    @Test
    void badInputIsRefusedBesideItsFieldWithNothingSaved() throws Exception {
        Document editor = page("officer", base() + "/edit", status().isOk());
        editor.select("#title").val("");
        String html = save("officer", editor, Map.of(2, "长".repeat(NarrativeService.BODY_MAX + 1)))
                .andExpect(status().isUnprocessableContent())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        Document refused = Jsoup.parse(html);
        assertThat(refused.select("#title + .field-error").text()).isEqualTo("请填写报告标题。");
        assertThat(refused.select("#body-2 + .field-error").text()).contains("不能超过 20000 个字");
        assertThat(refused.select("#body-2").text()).hasSize(NarrativeService.BODY_MAX + 1);
        assertThat(versionsSaved()).isZero();
    }

    @Test
    void theSeedsFiledReportIsVersionOneAndAYearWithoutProjectsIs404() throws Exception {
        String seed = "/departments/" + departmentId + "/years/2021/report";
        Document report = page("auditor", seed, status().isOk());
        assertThat(report.select("#history tbody tr").text()).contains("第 1 版", "导入");
        Document first = page("auditor", seed + "/versions/1", status().isOk());
        assertThat(first.select("main h2").eachText()).containsExactly(
                "一、绩效自评工作开展情况", "二、绩效目标实现情况", "三、绩效目标设定质量情况", "四、整改措施及结果应用");

        page("officer", "/departments/" + departmentId + "/years/1999/report", status().isNotFound());
        page("auditor", seed + "/versions/9", status().isNotFound());
    }
}
