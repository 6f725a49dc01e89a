package com.jixiao.security.visibility;

import static org.assertj.core.api.Assertions.assertThat;

import com.jixiao.demo.DemoAccounts;
import com.jixiao.department.Department;
import com.jixiao.department.DepartmentRepository;
import com.jixiao.project.Project;
import com.jixiao.project.ProjectDetails;
import com.jixiao.project.ProjectRepository;
import com.jixiao.security.AppUser;
import com.jixiao.security.AppUserRepository;
import com.jixiao.security.Role;
import com.jixiao.sheet.FundsEntry;
import com.jixiao.sheet.Indicator;
import com.jixiao.sheet.IndicatorEntry;
import com.jixiao.sheet.ScoreSheet;
import com.jixiao.sheet.ScoreSheetRepository;
import com.jixiao.support.IntegrationTest;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The leaks of issue 12, replayed as officer2 of 示例部门 against a department that is not theirs: no answer (body or
 * Location) names another department's project, sheet id or year, and last year's sheet is looked for only in the
 * user's own department.
 */
class ScopeLeaksTest extends IntegrationTest {

    static final long MISSING = 987654321L;

    @Autowired MockMvc mvc;
    @Autowired DepartmentRepository departments;
    @Autowired ProjectRepository projects;
    @Autowired ScoreSheetRepository sheets;
    @Autowired AppUserRepository users;
    @Autowired PasswordEncoder encoder;
    @Autowired TransactionTemplate tx;

    static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    Long exampleDepartment() {
        return departments.findByName(DemoAccounts.EXAMPLE_DEPARTMENT).orElseThrow().getId();
    }

    /** A department nobody of the demo roles but auditor and admin may see. */
    Long foreignDepartment() {
        return tx.execute(status -> departments.save(new Department(unique("外部门"), null)).getId());
    }

    Long project(Long departmentId, int year, String code, String name) {
        return tx.execute(status -> {
            Department department = departments.findById(departmentId).orElseThrow();
            int seq = (int) projects.countByDepartmentIdAndFiscalYear(departmentId, year) + 1;
            return projects.save(new Project(new ProjectDetails(department, year, name, code, null, null, null), seq))
                    .getId();
        });
    }

    /** A draft with one 三级指标 named {@code indicator}, so that a copy would carry it. */
    Long sheet(Long projectId, String indicator) {
        return tx.execute(status -> {
            ScoreSheet sheet = new ScoreSheet(projects.findById(projectId).orElseThrow());
            sheet.reviseFunds(new FundsEntry(BigDecimal.TEN, null, null, null, Map.of()));
            Indicator level1 = sheet.addLevel1("产出指标", new BigDecimal("90"), null);
            Indicator level2 = sheet.addLevel2(level1, "数量指标", null, null);
            sheet.addRow(level2, new IndicatorEntry(indicator, null, null, new BigDecimal("90"), null, null, null, null));
            return sheets.save(sheet).getId();
        });
    }

    SignedIn officer2() throws Exception {
        return SignedIn.as(mvc, "officer2", DemoAccounts.PASSWORD);
    }

    static void assertNotNamed(MockHttpServletResponse response, String... foreign) throws Exception {
        String body = SignedIn.body(response);
        String location = response.getHeader("Location");
        for (String secret : foreign) {
            assertThat(body).as("body").doesNotContain(secret);
            assertThat(location == null ? "" : location).as("Location").doesNotContain(secret);
        }
    }

    @Test
    void aCodeTakenInAnotherDepartmentIsNeitherNamedNorRefused() throws Exception {
        String code = unique("C");
        String foreignName = unique("外部门机密项目");
        project(foreignDepartment(), 2030, code, foreignName);
        SignedIn officer2 = officer2();
        String csrf = officer2.csrf("/projects/new");
        Map<String, String> form = Map.of("_csrf", csrf, "departmentId", exampleDepartment().toString(),
                "fiscalYear", "2030", "code", code, "name", unique("示例部门项目"));

        MockHttpServletResponse created = officer2.post("/projects", form);

        assertNotNamed(created, foreignName);
        assertThat(created.getRedirectedUrl()).as("unique per department and year").matches("/projects/\\d+\\?saved");
        // The same code twice in the user's own department is refused, naming the user's own project.
        String ownName = unique("示例部门另一项目");
        MockHttpServletResponse again = officer2.post("/projects", Map.of("_csrf", officer2.csrf("/projects/new"),
                "departmentId", exampleDepartment().toString(), "fiscalYear", "2030", "code", code, "name", ownName));
        assertThat(again.getStatus()).isEqualTo(200);
        Document page = SignedIn.page(again);
        assertThat(page.select("#code + .field-error").text()).contains(code, "本部门", form.get("name"))
                .doesNotContain(foreignName);
        assertThat(page.select("#name").val()).isEqualTo(ownName);
    }

    @Test
    void newSheetOfAForeignProjectAnswersLikeAMissingProject() throws Exception {
        String foreignName = unique("外部门有表项目");
        Long foreignProject = project(foreignDepartment(), 2030, null, foreignName);
        Long foreignSheet = sheet(foreignProject, unique("外部门指标"));
        SignedIn officer2 = officer2();

        MockHttpServletResponse foreign = officer2.get("/projects/" + foreignProject + "/sheet/new");
        MockHttpServletResponse missing = officer2.get("/projects/" + MISSING + "/sheet/new");
        MockHttpServletResponse created = officer2.post("/projects/" + foreignProject + "/sheet",
                Map.of("_csrf", officer2.csrf("/projects"), "source", "template"));

        assertThat(foreign.getStatus()).isEqualTo(404).isEqualTo(missing.getStatus());
        assertThat(foreign.getHeader("Location")).isNull();
        assertThat(SignedIn.page(foreign).select("main").text()).isEqualTo(SignedIn.page(missing).select("main").text()
                .replace(String.valueOf(MISSING), String.valueOf(foreignProject)));
        assertThat(created.getStatus()).isEqualTo(404);
        for (MockHttpServletResponse response : new MockHttpServletResponse[] {foreign, created}) {
            assertNotNamed(response, foreignName, "/sheets/" + foreignSheet);
        }
    }

    @Test
    void theYearListsNameOnlyTheYearsOfTheUsersDepartments() throws Exception {
        project(foreignDepartment(), 2011, null, unique("外部门2011项目"));
        SignedIn officer2 = officer2();

        Document projectList = SignedIn.page(officer2.get("/projects"));
        Document annual = SignedIn.page(officer2.get("/summary"));

        assertThat(projectList.select("select#year option").eachText()).contains("2021").doesNotContain("2011");
        assertThat(annual.select("select[name=year] option").eachText()).contains("2021").doesNotContain("2011");
        SignedIn admin = SignedIn.as(mvc, "admin", DemoAccounts.PASSWORD);
        assertThat(SignedIn.page(admin.get("/projects")).select("select#year option").eachText())
                .as("whoever may see the department sees its year").contains("2011");
    }

    @Test
    void lastYearIsLookedUpOnlyInTheUsersOwnDepartment() throws Exception {
        String code = unique("K");
        String foreignName = unique("外部门上年项目");
        String foreignIndicator = unique("外部门上年指标");
        sheet(project(foreignDepartment(), 2029, code, foreignName), foreignIndicator);
        Long own = project(exampleDepartment(), 2030, code, unique("示例部门今年项目"));
        SignedIn officer2 = officer2();

        MockHttpServletResponse offer = officer2.get("/projects/" + own + "/sheet/new");
        MockHttpServletResponse copy = officer2.post("/projects/" + own + "/sheet",
                Map.of("_csrf", officer2.csrf("/projects"), "source", "copy"));

        assertThat(offer.getStatus()).isEqualTo(200);
        assertThat(SignedIn.page(offer).select("input[name=source][value=copy]")).as("no copy offered").isEmpty();
        assertNotNamed(offer, foreignName, foreignIndicator);
        assertThat(copy.getStatus()).isEqualTo(404);
        assertNotNamed(copy, foreignName, foreignIndicator);
        assertThat(sheets.findIdByProjectId(own)).as("nothing copied").isEmpty();

        // The same code in the user's own department is last year's sheet, offered and copied.
        String ownCode = unique("K");
        String ownIndicator = unique("本部门上年指标");
        sheet(project(exampleDepartment(), 2029, ownCode, unique("示例部门上年项目")), ownIndicator);
        Long next = project(exampleDepartment(), 2030, ownCode, unique("示例部门改名后的项目"));
        assertThat(SignedIn.page(officer2.get("/projects/" + next + "/sheet/new"))
                .select("input[name=source][value=copy]")).hasSize(1);
        String edit = officer2.post("/projects/" + next + "/sheet", Map.of("_csrf", officer2.csrf("/projects"),
                "source", "copy")).getRedirectedUrl();
        assertThat(SignedIn.body(officer2.get(edit))).contains(ownIndicator);
    }

    @Test
    void anAuditorOfChosenDepartmentsIsToldNothingOfOtherDepartmentsEvents() throws Exception {
        String username = unique("auditor-scoped-").toLowerCase();
        tx.executeWithoutResult(status -> {
            AppUser auditor = new AppUser(username, encoder.encode("scoped-auditor-pw-1"), "示例部门审计", Role.AUDITOR);
            auditor.assign(Role.AUDITOR, null, false, Set.of(exampleDepartment()));
            users.save(auditor);
        });
        SignedIn scoped = SignedIn.as(mvc, username, "scoped-auditor-pw-1");
        SignedIn admin = SignedIn.as(mvc, "admin", DemoAccounts.PASSWORD);

        Document trail = SignedIn.page(scoped.get("/audit"));
        assertThat(trail.select("a[href=/audit/verify]")).isEmpty();
        // Sign-ins belong to no department: their action is not among the options of an auditor of 示例部门.
        assertThat(trail.select("select[name=action] option").eachAttr("value")).doesNotContain("LOGIN_SUCCESS");
        assertThat(SignedIn.page(admin.get("/audit")).select("select[name=action] option").eachAttr("value"))
                .contains("LOGIN_SUCCESS");
        assertThat(scoped.get("/audit/verify").getStatus()).isEqualTo(403);
        assertThat(SignedIn.page(admin.get("/audit")).select("a[href=/audit/verify]")).hasSize(1);
        assertThat(admin.get("/audit/verify").getStatus()).isEqualTo(200);
    }
}
