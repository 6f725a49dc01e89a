package com.jixiao.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jixiao.demo.DemoAccounts;
import com.jixiao.department.DepartmentRepository;
import com.jixiao.security.AppUserDetailsService;
import com.jixiao.sheet.ScoreSheetRepository;
import com.jixiao.sheet.edit.FormPage;
import com.jixiao.support.IntegrationTest;
import com.jixiao.support.TestSheets;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What was submitted stays as submitted: the project of a submitted or approved sheet keeps its name, code, year,
 * department and offices until the head returns or reopens the sheet. Replays the report of issue 11: an officer
 * renamed the project of an approved sheet and moved it to 2023, was told "已保存。", and nothing was audited.
 */
class ProjectLockTest extends IntegrationTest {

    @Autowired MockMvc mvc;
    @Autowired AppUserDetailsService userDetails;
    @Autowired DepartmentRepository departments;
    @Autowired ProjectRepository projects;
    @Autowired ScoreSheetRepository sheets;
    @Autowired TransactionTemplate tx;
    @Autowired JdbcTemplate jdbc;

    Long approvedSheet() throws Exception {
        Long sheetId = TestSheets.newDraft(tx, departments, projects, sheets, DemoAccounts.SEED_DEPARTMENT);
        workflow("officer", sheetId, "submit");
        workflow("head", sheetId, "approve");
        return sheetId;
    }

    void workflow(String username, Long sheetId, String action, String... params) throws Exception {
        var request = post("/sheets/" + sheetId + "/" + action).with(user(userDetails.loadUserByUsername(username)))
                .with(csrf());
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        assertThat(mvc.perform(request).andReturn().getResponse().getStatus()).isEqualTo(302);
    }

    Long projectOf(Long sheetId) {
        return jdbc.queryForObject("select project_id from score_sheet where id = ?", Long.class, sheetId);
    }

    Map<String, Object> projectRow(Long projectId) {
        return jdbc.queryForMap("select name, code, fiscal_year, department_id, supervising_office_id, "
                + "implementing_office_id, contact, version from project where id = ?", projectId);
    }

    long auditRows(Long projectId) {
        return jdbc.queryForObject("select count(*) from audit_event where entity_type = 'Project' and entity_id = ?",
                Long.class, projectId.toString());
    }

    MockHttpServletResponse postEdit(String username, Long projectId, String name, String year, String contact)
            throws Exception {
        Map<String, Object> row = projectRow(projectId);
        return mvc.perform(post("/projects/" + projectId).with(user(userDetails.loadUserByUsername(username)))
                        .with(csrf()).param("version", row.get("version").toString())
                        .param("departmentId", row.get("department_id").toString()).param("fiscalYear", year)
                        .param("name", name).param("contact", contact))
                .andReturn().getResponse();
    }

    @Test
    void theProjectOfAnApprovedSheetCannotBeRenamedOrMovedToAnotherYear() throws Exception {
        Long sheetId = approvedSheet();
        Long projectId = projectOf(sheetId);
        Map<String, Object> before = projectRow(projectId);

        MockHttpServletResponse response = postEdit("officer", projectId, "改名后的项目", "2023", "");

        assertThat(response.getStatus()).isEqualTo(200);
        Document form = Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
        assertThat(form.select("#notice")).isEmpty();
        assertThat(form.select("#name + .field-error").text()).contains("已审核通过", "不能修改", "重新打开");
        assertThat(form.select("#fiscalYear + .field-error").text()).contains("不能修改");
        assertThat(projectRow(projectId)).isEqualTo(before);
        assertThat(auditRows(projectId)).isZero();
    }

    @Test
    void theHeadMayNotChangeItEitherButTheContactMayChange() throws Exception {
        Long sheetId = approvedSheet();
        Long projectId = projectOf(sheetId);
        Map<String, Object> before = projectRow(projectId);

        assertThat(postEdit("head", projectId, "负责人改名", "2030", "").getStatus()).isEqualTo(200);
        assertThat(projectRow(projectId)).isEqualTo(before);

        MockHttpServletResponse contact = postEdit("head", projectId, (String) before.get("name"), "2030",
                "张三 0314-1234567");
        assertThat(contact.getStatus()).isEqualTo(302);
        assertThat(projectRow(projectId).get("contact")).isEqualTo("张三 0314-1234567");
        assertThat(projectRow(projectId).get("name")).isEqualTo(before.get("name"));
    }

    @Test
    void aSubmittedSheetLocksItsProjectToo() throws Exception {
        Long sheetId = TestSheets.newDraft(tx, departments, projects, sheets, DemoAccounts.SEED_DEPARTMENT);
        workflow("officer", sheetId, "submit");
        Long projectId = projectOf(sheetId);
        Map<String, Object> before = projectRow(projectId);

        MockHttpServletResponse response = postEdit("officer", projectId, "提交后改名", "2030", "");

        Document form = Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
        assertThat(form.select("#name + .field-error").text()).contains("已提交", "退回");
        assertThat(projectRow(projectId)).isEqualTo(before);
    }

    @Test
    void theFormShowsTheLockedFieldsReadOnlyWithAChineseExplanation() throws Exception {
        Long projectId = projectOf(approvedSheet());

        Document form = Jsoup.parse(mvc.perform(get("/projects/" + projectId)
                        .with(user(userDetails.loadUserByUsername("officer"))))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));

        assertThat(form.select("#project-locked").text()).contains("已审核通过", "项目名称", "重新打开");
        assertThat(form.select("#name").hasAttr("readonly")).isTrue();
        assertThat(form.select("#code").hasAttr("readonly")).isTrue();
        assertThat(form.select("#fiscalYear").hasAttr("readonly")).isTrue();
        assertThat(form.select("select#departmentId").hasAttr("disabled")).isTrue();
        assertThat(form.select("select#supervisingOfficeId").hasAttr("disabled")).isTrue();
        assertThat(form.select("#contact").hasAttr("readonly")).isFalse();
    }

    @Test
    void theReadOnlyFormStillSavesTheContact() throws Exception {
        Long projectId = projectOf(approvedSheet());
        Map<String, Object> before = projectRow(projectId);
        Document page = Jsoup.parse(mvc.perform(get("/projects/" + projectId)
                        .with(user(userDetails.loadUserByUsername("officer"))))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        Map<String, String> fields = new java.util.LinkedHashMap<>(FormPage.fields(page, "form.edit-form"));
        fields.remove("_csrf");
        fields.put("contact", "王五 0314-7654321");

        var request = post("/projects/" + projectId).with(user(userDetails.loadUserByUsername("officer"))).with(csrf());
        fields.forEach(request::param);
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();

        assertThat(response.getRedirectedUrl()).isEqualTo("/projects/" + projectId + "?saved");
        Map<String, Object> after = projectRow(projectId);
        assertThat(after.get("contact")).isEqualTo("王五 0314-7654321");
        assertThat(after.get("name")).isEqualTo(before.get("name"));
        assertThat(after.get("fiscal_year")).isEqualTo(before.get("fiscal_year"));
        assertThat(after.get("department_id")).isEqualTo(before.get("department_id"));
    }

    @Test
    void afterTheHeadReopensWithAReasonTheProjectMayChangeAndTheChangeIsAudited() throws Exception {
        Long sheetId = approvedSheet();
        Long projectId = projectOf(sheetId);
        String oldName = (String) projectRow(projectId).get("name");

        workflow("head", sheetId, "reopen", "reason", "项目名称有误");
        assertThat(jdbc.queryForObject("select after_json from audit_event where action = 'SHEET_REOPEN' "
                + "and entity_id = ? order by id desc limit 1", String.class, sheetId.toString())).contains("项目名称有误");
        MockHttpServletResponse response = postEdit("officer", projectId, "更正后的项目名称", "2030", "");

        assertThat(response.getStatus()).isEqualTo(302);
        assertThat(projectRow(projectId).get("name")).isEqualTo("更正后的项目名称");
        Map<String, Object> event = jdbc.queryForMap("select username, before_json, after_json from audit_event "
                + "where action = 'PROJECT_UPDATE' and entity_id = ? order by id desc limit 1", projectId.toString());
        assertThat(event.get("username")).isEqualTo("officer");
        assertThat((String) event.get("before_json")).contains("\"name\":\"" + oldName + "\"");
        assertThat((String) event.get("after_json")).contains("\"name\":\"更正后的项目名称\"");
    }

    @Test
    void theProjectOfASubmittedSheetCannotBeDeleted() throws Exception {
        Long sheetId = TestSheets.newDraft(tx, departments, projects, sheets, DemoAccounts.SEED_DEPARTMENT);
        workflow("officer", sheetId, "submit");
        Long projectId = projectOf(sheetId);
        Map<String, Object> before = projectRow(projectId);

        MockHttpServletResponse response = mvc.perform(post("/projects/" + projectId + "/delete")
                        .with(user(userDetails.loadUserByUsername("head"))).with(csrf()))
                .andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8)).select(".form-error").text())
                .contains("不能删除");
        assertThat(projectRow(projectId)).isEqualTo(before);
        assertThat(auditRows(projectId)).isZero();
    }
}
