package com.jixiao.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jixiao.common.web.NotFoundException;
import com.jixiao.demo.DemoAccounts;
import com.jixiao.department.DepartmentRepository;
import com.jixiao.narrative.NarrativeService;
import com.jixiao.project.ProjectRepository;
import com.jixiao.sheet.ScoreSheetRepository;
import com.jixiao.sheet.SheetService;
import com.jixiao.support.IntegrationTest;
import com.jixiao.support.TestSheets;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Role × own/other department × action. View, edit and export are exercised through the real pages (sheet, 汇总表,
 * editor, the department's score-table CSV); submit and approve through the guards their pages call
 * ({@link ScopeGuard}). 404 = outside the scope (indistinguishable from missing), 403 = in scope, role not allowed.
 */
class ScopeMatrixTest extends IntegrationTest {

    @Autowired NarrativeService narratives;
    @Autowired MockMvc mvc;
    @Autowired AppUserDetailsService userDetails;
    @Autowired AppUserRepository users;
    @Autowired PasswordEncoder encoder;
    @Autowired ScopeGuard guard;
    @Autowired SheetService sheetService;
    @Autowired DepartmentRepository departments;
    @Autowired ProjectRepository projects;
    @Autowired ScoreSheetRepository sheets;
    @Autowired TransactionTemplate tx;

    static Long seedDraft;
    static Long exampleDraft;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    Long departmentId(String department) {
        String name = department.equals("SEED") ? DemoAccounts.SEED_DEPARTMENT : DemoAccounts.EXAMPLE_DEPARTMENT;
        return departments.findByName(name).orElseThrow().getId();
    }

    /** An editable sheet in each department, created once: the matrix only reads them. */
    Long draftIn(String department) {
        if (seedDraft == null) {
            seedDraft = TestSheets.newDraft(tx, departments, projects, sheets, DemoAccounts.SEED_DEPARTMENT);
            exampleDraft = TestSheets.newDraft(tx, departments, projects, sheets, DemoAccounts.EXAMPLE_DEPARTMENT);
        }
        return department.equals("SEED") ? seedDraft : exampleDraft;
    }

    UserPrincipal principal(String username) {
        if (username.equals("auditor-example") && users.findByUsername(username).isEmpty()) {
            AppUser auditor = new AppUser(username, encoder.encode("auditor-example-pw"), "示例部门审计", Role.AUDITOR);
            auditor.assign(Role.AUDITOR, null, false, Set.of(departmentId("EXAMPLE")));
            users.save(auditor);
        }
        return (UserPrincipal) userDetails.loadUserByUsername(username);
    }

    void signIn(UserPrincipal principal) {
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
    }

    static String outcome(Runnable action) {
        try {
            action.run();
            return "OK";
        } catch (NotFoundException e) {
            return "404";
        } catch (AccessDeniedException e) {
            return "403";
        }
    }

    /** The editor page: OK when it opens the sheet's form (a draft), else the status it answers. */
    String editOutcome(UserPrincipal principal, Long sheetId) throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/sheets/" + sheetId + "/edit").with(user(principal)))
                .andReturn().getResponse();
        if (response.getStatus() != 200) {
            return String.valueOf(response.getStatus());
        }
        assertThat(Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8)).select("#sheet-form")).hasSize(1);
        return "OK";
    }

    String viewOutcome(UserPrincipal principal, String department, Long sheetId) throws Exception {
        int sheetStatus = mvc.perform(get("/sheets/" + sheetId).with(user(principal))).andReturn().getResponse()
                .getStatus();
        int summaryStatus = mvc.perform(get("/departments/" + departmentId(department) + "/years/2021/summary")
                .with(user(principal))).andReturn().getResponse().getStatus();
        assertThat(summaryStatus).as("汇总表 and sheet agree").isEqualTo(sheetStatus);
        int reportStatus = mvc.perform(get("/departments/" + departmentId(department) + "/years/2021/report")
                .with(user(principal))).andReturn().getResponse().getStatus();
        assertThat(reportStatus).as("自评报告 and 汇总表 agree").isEqualTo(summaryStatus);
        return sheetStatus == 200 ? "OK" : String.valueOf(sheetStatus);
    }

    @ParameterizedTest(name = "{0} × {1}: view {2}, edit {3}, submit {4}, approve {5}, export {6}, draft report {7}, "
            + "submit report {8}")
    @CsvSource({
            "officer,         SEED,    OK,  OK,  OK,  403, OK,  OK,  403",
            "officer,         EXAMPLE, 404, 404, 404, 404, 404, 404, 404",
            "head,            SEED,    OK,  403, 403, OK,  OK,  OK,  OK",
            "head,            EXAMPLE, 404, 404, 404, 404, 404, 404, 404",
            "officer2,        SEED,    404, 404, 404, 404, 404, 404, 404",
            "officer2,        EXAMPLE, OK,  OK,  OK,  403, OK,  OK,  403",
            "auditor,         SEED,    OK,  403, 403, 403, OK,  403, 403",
            "auditor,         EXAMPLE, OK,  403, 403, 403, OK,  403, 403",
            "auditor-example, SEED,    404, 404, 404, 404, 404, 404, 404",
            "auditor-example, EXAMPLE, OK,  403, 403, 403, OK,  403, 403",
            "admin,           SEED,    OK,  403, 403, 403, OK,  403, 403",
            "admin,           EXAMPLE, OK,  403, 403, 403, OK,  403, 403",
    })
    void roleTimesDepartmentTimesAction(String username, String department, String view, String edit, String submit,
                                        String approve, String export, String draftReport, String submitReport)
            throws Exception {
        UserPrincipal principal = principal(username);
        Long sheetId = draftIn(department);
        Long departmentId = departmentId(department);

        assertThat(viewOutcome(principal, department, sheetId)).as("view").isEqualTo(view);

        assertThat(editOutcome(principal, sheetId)).as("edit").isEqualTo(edit);

        signIn(principal);
        assertThat(outcome(() -> guard.checkCanEdit(departmentId))).as("edit guard").isEqualTo(edit);
        assertThat(outcome(() -> guard.checkCanSubmit(departmentId))).as("submit").isEqualTo(submit);
        assertThat(outcome(() -> guard.checkCanReview(departmentId))).as("approve").isEqualTo(approve);
        assertThat(outcome(() -> narratives.editor(departmentId, 2021, false))).as("draft report").isEqualTo(draftReport);
        assertThat(outcome(() -> guard.checkCanSubmitReport(departmentId))).as("submit report").isEqualTo(submitReport);
        SecurityContextHolder.clearContext();
        assertThat(exportOutcome(principal, departmentId)).as("export").isEqualTo(export);
    }

    /** The department's annual score table, as the 汇总表 page's download link asks for it. */
    String exportOutcome(UserPrincipal principal, Long departmentId) throws Exception {
        var response = mvc.perform(get("/exports/scores-2021.csv").param("department", String.valueOf(departmentId))
                .with(user(principal))).andReturn().getResponse();
        if (response.getStatus() == 200) {
            assertThat(response.getContentAsString(StandardCharsets.UTF_8)).as("the export names its projects")
                    .contains(departmentId.equals(departmentId("SEED")) ? "机关所站运转专项" : "示例项目");
            return "OK";
        }
        return String.valueOf(response.getStatus());
    }

    @Test
    void anOutOfScopeSheetLooksExactlyLikeAMissingOne() throws Exception {
        UserPrincipal officer2 = principal("officer2");
        Long seedSheet = draftIn("SEED");
        long missing = 987654321L;

        Document outOfScope = Jsoup.parse(mvc.perform(get("/sheets/" + seedSheet).with(user(officer2)))
                .andExpect(status().isNotFound()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        Document absent = Jsoup.parse(mvc.perform(get("/sheets/" + missing).with(user(officer2)))
                .andExpect(status().isNotFound()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));

        assertThat(outOfScope.select("main").text())
                .isEqualTo(absent.select("main").text().replace(String.valueOf(missing), String.valueOf(seedSheet)));
        assertThat(outOfScope.select("main p").first().text()).isEqualTo("没有编号为 " + seedSheet + " 的绩效自评表。");
    }

    @Test
    void theHomePageListsExactlyTheUsersDepartments() throws Exception {
        assertThat(homeDepartments("officer")).containsOnly(DemoAccounts.SEED_DEPARTMENT);
        assertThat(homeDepartments("head")).containsOnly(DemoAccounts.SEED_DEPARTMENT);
        assertThat(homeDepartments("officer2")).containsOnly(DemoAccounts.EXAMPLE_DEPARTMENT);
        assertThat(homeDepartments("auditor-example")).containsOnly(DemoAccounts.EXAMPLE_DEPARTMENT);
        assertThat(homeDepartments("auditor")).contains(DemoAccounts.SEED_DEPARTMENT, DemoAccounts.EXAMPLE_DEPARTMENT);
        assertThat(homeDepartments("admin")).contains(DemoAccounts.SEED_DEPARTMENT, DemoAccounts.EXAMPLE_DEPARTMENT);
    }

    @Test
    void nobodySignedInSeesNothingThroughTheServices() {
        assertThat(guard.scope()).isEqualTo(Scope.NONE);
        assertThatThrownBy(() -> sheetService.page(draftIn("SEED"))).isInstanceOf(NotFoundException.class);
    }

    java.util.List<String> homeDepartments(String username) throws Exception {
        String html = mvc.perform(get("/").with(user(principal(username)))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        return Jsoup.parse(html).select("#departments tbody tr td:first-child").eachText();
    }
}
