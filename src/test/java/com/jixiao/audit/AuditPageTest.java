package com.jixiao.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jixiao.common.format.Times;
import com.jixiao.demo.DemoAccounts;
import com.jixiao.department.DepartmentRepository;
import com.jixiao.project.ProjectRepository;
import com.jixiao.security.AppUserDetailsService;
import com.jixiao.sheet.ScoreSheetRepository;
import com.jixiao.support.IntegrationTest;
import com.jixiao.support.TestSheets;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;

/** The audit page reads as Chinese: action names, records by their names, field changes, times in one zone. */
class AuditPageTest extends IntegrationTest {

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Autowired MockMvc mvc;
    @Autowired AppUserDetailsService userDetails;
    @Autowired JdbcTemplate jdbc;
    @Autowired DepartmentRepository departments;
    @Autowired ProjectRepository projects;
    @Autowired ScoreSheetRepository sheets;
    @Autowired TransactionTemplate tx;

    Document page(String username, MockHttpServletRequestBuilder request) throws Exception {
        return Jsoup.parse(mvc.perform(request.with(user(userDetails.loadUserByUsername(username))).with(csrf()))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    Element row(Document trail, long eventId) {
        return trail.select("#audit-table tbody tr").stream()
                .filter(tr -> tr.child(0).text().equals(Long.toString(eventId))).findFirst()
                .orElseThrow(() -> new AssertionError("event " + eventId + " not on the page"));
    }

    long lastEventId(String action, Object entityId) {
        return jdbc.queryForObject("select max(id) from audit_event where action = ? and entity_id = ?", Long.class,
                action, entityId.toString());
    }

    @Test
    void aSubmitShowsItsChineseNameTheProjectsNameTheStatusChangeAndTheSameTimeAsTheReviewRecord() throws Exception {
        Long sheetId = TestSheets.newDraft(tx, departments, projects, sheets, DemoAccounts.SEED_DEPARTMENT);
        String projectName = jdbc.queryForObject(
                "select p.name from project p join score_sheet s on s.project_id = p.id where s.id = ?", String.class,
                sheetId);
        page("officer", post("/sheets/" + sheetId + "/submit"));
        long eventId = lastEventId("SHEET_SUBMIT", sheetId);

        Document trail = page("auditor", get("/audit").param("action", "SHEET_SUBMIT"));
        Element row = row(trail, eventId);
        assertThat(row.select(".audit-action").text()).isEqualTo("提交送审");
        assertThat(row.select(".audit-object").text()).isEqualTo("自评表：" + projectName);
        assertThat(row.select(".audit-changes li").eachText()).contains("状态： 草稿 → 已提交");
        assertThat(trail.text()).doesNotContain("ScoreSheet #", "SHEET_SUBMIT", "{\"");
        assertThat(trail.select("select[name=action] option[selected]").text()).isEqualTo("提交送审");
        // The drop-down offers the actions that occur in the user's scope, each known one by its Chinese name (codes
        // other tests wrote, such as TEST_EVENT, stay as they are).
        assertThat(trail.select("select[name=action] option").eachText()).contains("登录成功", "提交送审")
                .doesNotContain("SHEET_SUBMIT", "LOGIN_SUCCESS", "PROJECT_UPDATE");

        // One zone everywhere: both pages show the stored instants in China's time, to the minute.
        OffsetDateTime audited = jdbc.queryForObject("select occurred_at from audit_event where id = ?",
                OffsetDateTime.class, eventId);
        OffsetDateTime reviewed = jdbc.queryForObject("select occurred_at from sheet_review where sheet_id = ? "
                + "and action = 'SUBMIT'", OffsetDateTime.class, sheetId);
        String auditTime = row.select(".audit-time").text();
        String reviewTime = page("officer", get("/sheets/" + sheetId)).select("#review-history .review-time").text();
        assertThat(auditTime).startsWith(audited.atZoneSameInstant(CHINA).format(MINUTES));
        assertThat(reviewTime).isEqualTo(reviewed.atZoneSameInstant(CHINA).format(MINUTES));
        assertThat(auditTime).startsWith(reviewTime);
    }

    @Test
    void aProjectEditShowsEachChangedFieldFromOldToNew() throws Exception {
        Long department = departments.findByName(DemoAccounts.SEED_DEPARTMENT).orElseThrow().getId();
        String location = mvc.perform(post("/projects").with(user(userDetails.loadUserByUsername("officer"))).with(csrf())
                        .param("departmentId", department.toString()).param("fiscalYear", "2038")
                        .param("name", "审计页面项目").param("contact", "赵六"))
                .andReturn().getResponse().getRedirectedUrl();
        Long id = Long.valueOf(location.replaceAll("^/projects/(\\d+).*$", "$1"));
        page("officer", post("/projects/" + id).param("version", "0").param("departmentId", department.toString())
                .param("fiscalYear", "2039").param("name", "审计页面项目（更正）").param("contact", "赵六"));

        Document trail = page("admin", get("/audit").param("username", "officer"));
        Element updated = row(trail, lastEventId("PROJECT_UPDATE", id));
        assertThat(updated.select(".audit-action").text()).isEqualTo("修改项目");
        assertThat(updated.select(".audit-object").text()).isEqualTo("项目：审计页面项目（更正）");
        assertThat(updated.select(".audit-changes li").eachText())
                .containsExactly("名称： 审计页面项目 → 审计页面项目（更正）", "年度： 2038 → 2039");
        Element created = row(trail, lastEventId("PROJECT_CREATE", id));
        assertThat(created.select(".audit-action").text()).isEqualTo("新建项目");
        assertThat(created.select(".audit-changes li").eachText()).contains("名称： 审计页面项目", "年度： 2038",
                "联系人及电话： 赵六");
    }

    @Test
    void anEventWithoutANameShowsTheChineseTypeAndId() throws Exception {
        mvc.perform(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin()
                .user("officer2").password(DemoAccounts.PASSWORD));
        long eventId = jdbc.queryForObject("select max(id) from audit_event where action = 'LOGIN_SUCCESS' "
                + "and username = 'officer2'", Long.class);
        Long userId = jdbc.queryForObject("select id from app_user where username = 'officer2'", Long.class);

        Element row = row(page("admin", get("/audit").param("username", "officer2")), eventId);
        assertThat(row.select(".audit-action").text()).isEqualTo("登录成功");
        assertThat(row.select(".audit-object").text()).isEqualTo("用户 #" + userId);
    }

    @Test
    void theChangesOfASheetSaveNameTheRowThatChanged() {
        String before = """
                {"name":"执法办案中心建设","status":"DRAFT","expectedGoal":"旧目标","funds":[{"kind":"TOTAL","executed":10}],
                 "indicators":[{"level":3,"name":"警务站建设数量","actual":"1个"},{"level":3,"name":"群众满意度","actual":"90%"}]}""";
        String after = """
                {"name":"执法办案中心建设","status":"DRAFT","expectedGoal":"新目标","funds":[{"kind":"TOTAL","executed":12.5}],
                 "indicators":[{"level":3,"name":"新增指标","actual":"有效"},{"level":3,"name":"警务站建设数量","actual":"2个"},
                 {"level":3,"name":"群众满意度","actual":"90%"}]}""";

        List<String> changes = AuditChanges.changes(before, after, new Times(java.time.ZoneId.of("Asia/Shanghai"))).stream()
                .map(c -> c.field() + "：" + c.before() + " → " + c.after()).toList();

        assertThat(changes).containsExactly("预期目标：旧目标 → 新目标", "项目资金「年度资金总额」 全年执行数：10 → 12.5",
                "绩效指标「警务站建设数量」 实际完成值：1个 → 2个", "绩效指标「新增指标」 级次：（空） → 3",
                "绩效指标「新增指标」 实际完成值：（空） → 有效");
        assertThat(AuditChanges.object("ScoreSheet", "14", before, after)).isEqualTo("自评表：执法办案中心建设");
        // Instants inside the JSON (written as UTC) are shown in the same zone as every other time.
        assertThat(AuditChanges.changes(null, "{\"lockedUntil\":\"2026-11-29T21:35:40.123Z\"}", new Times(java.time.ZoneId.of("Asia/Shanghai"))))
                .containsExactly(new AuditChanges.Change("锁定至", null, "2026-11-30 05:35:40"));
        assertThat(AuditChanges.object("ScoreSheet", "14", null, "{\"status\":\"APPROVED\"}")).isEqualTo("自评表 #14");
    }
}
