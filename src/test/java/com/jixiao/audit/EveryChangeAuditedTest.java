package com.jixiao.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jixiao.demo.DemoAccounts;
import com.jixiao.department.DepartmentRepository;
import com.jixiao.project.ProjectRepository;
import com.jixiao.security.AppUserDetailsService;
import com.jixiao.sheet.ScoreSheetRepository;
import com.jixiao.sheet.edit.FormPage;
import com.jixiao.support.IntegrationTest;
import com.jixiao.support.TestSheets;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every kind of change, export and sign-in leaves an audit row — who, what, before → after — after the real HTTP
 * request, as a user makes it.
 */
class EveryChangeAuditedTest extends IntegrationTest {

    @Autowired MockMvc mvc;
    @Autowired AppUserDetailsService userDetails;
    @Autowired JdbcTemplate jdbc;
    @Autowired DepartmentRepository departments;
    @Autowired ProjectRepository projects;
    @Autowired ScoreSheetRepository sheets;
    @Autowired TransactionTemplate tx;

    static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 8);
    }

    MockHttpServletResponse as(String username, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(user(userDetails.loadUserByUsername(username))).with(csrf()))
                .andReturn().getResponse();
    }

    /** The newest event of an action on a record. */
    Map<String, Object> event(String action, Object entityId) {
        return jdbc.queryForMap("""
                select username, entity_type, department_id, before_json, after_json from audit_event
                where action = ? and entity_id = ? order by id desc limit 1""", action, entityId.toString());
    }

    long count(String action, Object entityId) {
        return jdbc.queryForObject("select count(*) from audit_event where action = ? and entity_id = ?", Long.class,
                action, entityId.toString());
    }

    Long seedDepartment() {
        return departments.findByName(DemoAccounts.SEED_DEPARTMENT).orElseThrow().getId();
    }

    static Long idFromRedirect(MockHttpServletResponse response) {
        String location = response.getRedirectedUrl();
        assertThat(location).as("redirect after a successful save").isNotNull();
        return Long.valueOf(location.replaceAll("^/\\w+/(\\d+).*$", "$1"));
    }

    @Test
    void projectCreateUpdateAndDeleteAreAuditedWithTheirValues() throws Exception {
        String name = unique("审计项目");
        Long id = idFromRedirect(as("officer", post("/projects").param("departmentId", seedDepartment().toString())
                .param("fiscalYear", "2036").param("name", name).param("contact", "李四")));

        Map<String, Object> created = event("PROJECT_CREATE", id);
        assertThat(created.get("username")).isEqualTo("officer");
        assertThat(created.get("department_id")).isEqualTo(seedDepartment());
        assertThat(created.get("before_json")).isNull();
        assertThat((String) created.get("after_json")).contains("\"name\":\"" + name + "\"", "\"fiscalYear\":2036",
                "\"department\":\"" + DemoAccounts.SEED_DEPARTMENT + "\"", "\"contact\":\"李四\"");

        long version = jdbc.queryForObject("select version from project where id = ?", Long.class, id);
        assertThat(as("head", post("/projects/" + id).param("version", Long.toString(version))
                .param("departmentId", seedDepartment().toString()).param("fiscalYear", "2037").param("name", name + "改")
                .param("contact", "李四")).getStatus()).isEqualTo(302);
        Map<String, Object> updated = event("PROJECT_UPDATE", id);
        assertThat(updated.get("username")).isEqualTo("head");
        assertThat((String) updated.get("before_json")).contains("\"name\":\"" + name + "\"", "\"fiscalYear\":2036");
        assertThat((String) updated.get("after_json")).contains("\"name\":\"" + name + "改\"", "\"fiscalYear\":2037");

        MockHttpServletResponse deleted = as("officer", post("/projects/" + id + "/delete"));
        assertThat(deleted.getRedirectedUrl()).contains("deleted");
        assertThat(jdbc.queryForObject("select count(*) from project where id = ?", Long.class, id)).isZero();
        Map<String, Object> removal = event("PROJECT_DELETE", id);
        assertThat(removal.get("username")).isEqualTo("officer");
        assertThat((String) removal.get("before_json")).contains("\"name\":\"" + name + "改\"");
        assertThat(removal.get("after_json")).isNull();
    }

    @Test
    void savingAProjectWithoutChangesRecordsNothing() throws Exception {
        String name = unique("未改项目");
        Long id = idFromRedirect(as("officer", post("/projects").param("departmentId", seedDepartment().toString())
                .param("fiscalYear", "2036").param("name", name)));
        long version = jdbc.queryForObject("select version from project where id = ?", Long.class, id);

        as("officer", post("/projects/" + id).param("version", Long.toString(version))
                .param("departmentId", seedDepartment().toString()).param("fiscalYear", "2036").param("name", name));

        assertThat(count("PROJECT_UPDATE", id)).isZero();
    }

    @Test
    void departmentAndOfficeChangesAreAudited() throws Exception {
        String name = unique("审计部门");
        Long id = idFromRedirect(as("admin", post("/departments").param("name", name).param("shortName", "简")));
        Map<String, Object> created = event("DEPARTMENT_CREATE", id);
        assertThat(created.get("username")).isEqualTo("admin");
        assertThat((String) created.get("after_json")).contains("\"name\":\"" + name + "\"", "\"shortName\":\"简\"");

        long version = jdbc.queryForObject("select version from department where id = ?", Long.class, id);
        as("admin", post("/departments/" + id).param("name", name + "改").param("version", Long.toString(version)));
        Map<String, Object> renamed = event("DEPARTMENT_UPDATE", id);
        assertThat((String) renamed.get("before_json")).contains("\"name\":\"" + name + "\"");
        assertThat((String) renamed.get("after_json")).contains("\"name\":\"" + name + "改\"", "\"shortName\":null");

        as("admin", post("/departments/" + id + "/offices").param("name", "法制大队"));
        Long office = jdbc.queryForObject("select id from office where department_id = ?", Long.class, id);
        Map<String, Object> added = event("OFFICE_CREATE", office);
        assertThat(added.get("department_id")).isEqualTo(id);
        assertThat((String) added.get("after_json")).contains("\"name\":\"法制大队\"", name + "改");

        as("admin", post("/offices/" + office).param("name", "治安大队"));
        Map<String, Object> officeRenamed = event("OFFICE_UPDATE", office);
        assertThat(officeRenamed.get("username")).isEqualTo("admin");
        assertThat((String) officeRenamed.get("before_json")).contains("\"name\":\"法制大队\"");
        assertThat((String) officeRenamed.get("after_json")).contains("\"name\":\"治安大队\"");
    }

    @Test
    void userChangesAreAuditedByNameWithoutThePassword() throws Exception {
        String username = unique("audit-user-");
        as("admin", post("/admin/users/new").param("username", username).param("displayName", "王五")
                .param("role", "OFFICER").param("departmentId", seedDepartment().toString())
                .param("password", "long-enough-password").param("enabled", "true"));
        Long id = jdbc.queryForObject("select id from app_user where username = ?", Long.class, username);
        Map<String, Object> created = event("USER_CREATED", id);
        assertThat(created.get("username")).isEqualTo("admin");
        assertThat((String) created.get("after_json")).contains("\"name\":\"王五（" + username + "）\"",
                "\"department\":\"" + DemoAccounts.SEED_DEPARTMENT + "\"").doesNotContain("long-enough-password", "$2");

        long version = jdbc.queryForObject("select version from app_user where id = ?", Long.class, id);
        as("admin", post("/admin/users/" + id + "/edit").param("username", username).param("displayName", "王五五")
                .param("role", "HEAD").param("departmentId", seedDepartment().toString())
                .param("version", Long.toString(version)).param("enabled", "true"));
        Map<String, Object> updated = event("USER_UPDATED", id);
        assertThat((String) updated.get("before_json")).contains("\"displayName\":\"王五\"", "\"role\":\"OFFICER\"");
        assertThat((String) updated.get("after_json")).contains("\"displayName\":\"王五五\"", "\"role\":\"HEAD\"");
    }

    @Test
    void workflowStepsAndSheetSavesAreAuditedWithTheProjectsName() throws Exception {
        Long sheetId = TestSheets.newDraft(tx, departments, projects, sheets, DemoAccounts.SEED_DEPARTMENT);
        String projectName = jdbc.queryForObject(
                "select p.name from project p join score_sheet s on s.project_id = p.id where s.id = ?", String.class,
                sheetId);

        Document editor = Jsoup.parse(as("officer", get("/sheets/" + sheetId + "/edit"))
                .getContentAsString(StandardCharsets.UTF_8));
        Map<String, String> fields = new java.util.LinkedHashMap<>(FormPage.fields(editor, "#sheet-form"));
        fields.remove("_csrf");
        fields.put("expectedGoal", "审计测试的预期目标");
        MockHttpServletRequestBuilder save = post("/sheets/" + sheetId + "/edit").param("action", "save");
        fields.forEach(save::param);
        assertThat(as("officer", save).getStatus()).isEqualTo(302);
        Map<String, Object> saved = event("SHEET_SAVE", sheetId);
        assertThat(saved.get("username")).isEqualTo("officer");
        assertThat((String) saved.get("before_json")).contains("\"name\":\"" + projectName + "\"",
                "\"expectedGoal\":\"按期完成项目建设。\"");
        assertThat((String) saved.get("after_json")).contains("\"expectedGoal\":\"审计测试的预期目标\"");

        as("officer", post("/sheets/" + sheetId + "/submit"));
        as("head", post("/sheets/" + sheetId + "/return").param("comment", "请补充说明"));
        Map<String, Object> returned = event("SHEET_RETURN", sheetId);
        assertThat(returned.get("username")).isEqualTo("head");
        assertThat((String) returned.get("before_json")).contains("\"status\":\"SUBMITTED\"", projectName);
        assertThat((String) returned.get("after_json")).contains("\"status\":\"RETURNED\"", "\"comment\":\"请补充说明\"");
        assertThat(event("SHEET_SUBMIT", sheetId).get("username")).isEqualTo("officer");
    }

    @Test
    void exportsDownloadsAndPrintPagesAreAudited() throws Exception {
        Long sheetId = jdbc.queryForObject("""
                select s.id from score_sheet s join project p on p.id = s.project_id
                where p.name = '执法办案中心建设'""", Long.class);
        Long department = seedDepartment();
        long before = jdbc.queryForObject("select count(*) from audit_event where username = 'auditor'", Long.class);

        assertThat(as("auditor", get("/exports/scores-2021.xlsx")).getStatus()).isEqualTo(200);
        assertThat(as("auditor", get("/exports/scores-2021.csv").param("department", department.toString()))
                .getStatus()).isEqualTo(200);
        assertThat(as("auditor", get("/exports/indicators-2021.csv")).getStatus()).isEqualTo(200);
        assertThat(as("auditor", get("/sheets/" + sheetId + ".xlsx")).getStatus()).isEqualTo(200);
        assertThat(as("auditor", get("/sheets/" + sheetId + "/print")).getStatus()).isEqualTo(200);
        assertThat(as("auditor", get("/departments/" + department + "/years/2021/report/print")).getStatus())
                .isEqualTo(200);

        var rows = jdbc.queryForList("""
                select action, entity_type, department_id, after_json from audit_event
                where username = 'auditor' order by id desc limit 6""");
        assertThat(jdbc.queryForObject("select count(*) from audit_event where username = 'auditor'", Long.class))
                .isEqualTo(before + 6);
        assertThat(rows).extracting(row -> row.get("action")).containsExactly("PRINT_REPORT", "PRINT_SHEET",
                "DOWNLOAD_SHEET", "EXPORT_INDICATOR_TABLE", "EXPORT_SCORE_TABLE", "EXPORT_SCORE_TABLE");
        assertThat((String) rows.get(5).get("after_json")).contains("全部部门", "\"format\":\"xlsx\"", "2021");
        assertThat((String) rows.get(4).get("after_json")).contains(DemoAccounts.SEED_DEPARTMENT, "\"format\":\"csv\"");
        assertThat(rows.get(4).get("department_id")).isEqualTo(department);
        assertThat((String) rows.get(2).get("after_json")).contains("\"name\":\"执法办案中心建设\"", "\"format\":\"xlsx\"");

        // A PDF counts once it exists; without the CJK font the download is a Chinese 503 page and no event.
        int pdf = as("auditor", get("/sheets/" + sheetId + ".pdf")).getStatus();
        assertThat(pdf).isIn(200, 503);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where username = 'auditor' "
                + "and action = 'DOWNLOAD_SHEET' and after_json like '%\"format\":\"pdf\"%' and id > ?", Long.class,
                jdbc.queryForObject("select max(id) - 1 from audit_event", Long.class))).isEqualTo(pdf == 200 ? 1 : 0);
        before += pdf == 200 ? 1 : 0;

        // A refused export (a year without projects) is a 404 and no export.
        assertThat(as("auditor", get("/exports/scores-1999.csv")).getStatus()).isEqualTo(404);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where username = 'auditor'", Long.class))
                .isEqualTo(before + 6);
    }

    @Test
    void signInFailureSuccessAndLogoutAreAudited() throws Exception {
        long failures = jdbc.queryForObject(
                "select count(*) from audit_event where username = 'auditor' and action = 'LOGIN_FAILURE'", Long.class);
        long logouts = jdbc.queryForObject(
                "select count(*) from audit_event where username = 'auditor' and action = 'LOGOUT'", Long.class);

        mvc.perform(formLogin().user("auditor").password("wrong-password"));
        var signedIn = mvc.perform(formLogin().user("auditor").password(DemoAccounts.PASSWORD)).andReturn();
        MockHttpSession session = (MockHttpSession) signedIn.getRequest().getSession();
        assertThat(jdbc.queryForObject("select action from audit_event where username = 'auditor' order by id desc "
                + "limit 1", String.class)).isEqualTo("LOGIN_SUCCESS");
        mvc.perform(post("/logout").session(session).with(csrf()));

        assertThat(jdbc.queryForObject(
                "select count(*) from audit_event where username = 'auditor' and action = 'LOGIN_FAILURE'", Long.class))
                .isEqualTo(failures + 1);
        assertThat(jdbc.queryForObject(
                "select count(*) from audit_event where username = 'auditor' and action = 'LOGOUT'", Long.class))
                .isEqualTo(logouts + 1);
    }
}
