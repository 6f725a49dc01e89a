package com.jixiao.security.visibility;

import static org.assertj.core.api.Assertions.assertThat;

import com.jixiao.demo.DemoAccounts;
import com.jixiao.department.DepartmentRepository;
import com.jixiao.project.ProjectRepository;
import com.jixiao.sheet.ScoreSheetRepository;
import com.jixiao.support.IntegrationTest;
import com.jixiao.support.TestSheets;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The cases of issue 12 where a role was shown a form it could not save (and lost the input to a 403): the page now
 * shows the record read-only and offers no such form, link or button; typed by hand, the address answers 403 before
 * any input is read.
 */
class OfferedActionsTest extends IntegrationTest {

    @Autowired MockMvc mvc;
    @Autowired DepartmentRepository departments;
    @Autowired ProjectRepository projects;
    @Autowired ScoreSheetRepository sheets;
    @Autowired TransactionTemplate tx;

    Long seedDepartment() {
        return departments.findByName(DemoAccounts.SEED_DEPARTMENT).orElseThrow().getId();
    }

    Long seedDraft() {
        return TestSheets.newDraft(tx, departments, projects, sheets, DemoAccounts.SEED_DEPARTMENT);
    }

    Long projectOf(Long sheetId) {
        return tx.execute(status -> sheets.findById(sheetId).orElseThrow().getProject().getId());
    }

    @Test
    void anAuditorSeesAProjectReadOnlyAndCannotOpenABlankOne() throws Exception {
        Long project = projectOf(seedDraft());
        SignedIn auditor = SignedIn.as(mvc, "auditor", DemoAccounts.PASSWORD);

        Document page = SignedIn.page(auditor.get("/projects/" + project));
        Document list = SignedIn.page(auditor.get("/projects?year=" + TestSheets.YEAR));

        assertThat(page.select("form[method=post]").eachAttr("action")).containsOnly("/logout");
        assertThat(page.select("#project-record").text()).contains("测试项目");
        assertThat(list.select("#new-project, a.new-sheet, a.edit-sheet")).isEmpty();
        assertThat(list.select("#project-table a[href=/projects/" + project + "]").text()).isEqualTo("查看项目");
        assertThat(auditor.get("/projects/new").getStatus()).isEqualTo(403);
        MockHttpServletResponse post = auditor.post("/projects/" + project, Map.of("_csrf", auditor.csrf("/projects"),
                "name", ""));
        assertThat(post.getStatus()).as("refused before the (invalid) input is read").isEqualTo(403);
    }

    @Test
    void anOfficerMaintainsOfficesButIsNotOfferedDepartments() throws Exception {
        SignedIn officer = SignedIn.as(mvc, "officer", DemoAccounts.PASSWORD);
        Long department = seedDepartment();

        Document list = SignedIn.page(officer.get("/departments"));
        Document own = SignedIn.page(officer.get("/departments/" + department));

        assertThat(list.select("#new-department")).isEmpty();
        assertThat(own.select("form[action=/departments/" + department + "]")).isEmpty();
        assertThat(own.select("#department-record").text()).contains(DemoAccounts.SEED_DEPARTMENT);
        assertThat(own.select("form[action=/departments/" + department + "/offices]")).hasSize(1);
        assertThat(officer.get("/departments/new").getStatus()).isEqualTo(403);
        assertThat(officer.post("/departments", Map.of("_csrf", officer.csrf("/departments"), "name", ""))
                .getStatus()).isEqualTo(403);
    }

    @Test
    void aHeadReviewsButIsNotOfferedTheEditor() throws Exception {
        Long draft = seedDraft();
        Long project = projectOf(draft);
        SignedIn head = SignedIn.as(mvc, "head", DemoAccounts.PASSWORD);
        SignedIn officer = SignedIn.as(mvc, "officer", DemoAccounts.PASSWORD);

        Document sheet = SignedIn.page(head.get("/sheets/" + draft));
        Document list = SignedIn.page(head.get("/projects?year=" + TestSheets.YEAR));
        MockHttpServletResponse newSheet = head.get("/projects/" + project + "/sheet/new");

        assertThat(sheet.select("#edit-sheet")).isEmpty();
        assertThat(list.select("a.edit-sheet, a.new-sheet")).isEmpty();
        assertThat(newSheet.getRedirectedUrl()).as("the existing sheet, to read").isEqualTo("/sheets/" + draft);
        assertThat(head.get("/sheets/" + draft + "/edit").getStatus()).isEqualTo(403);
        // The officer of the department is offered all of it.
        assertThat(SignedIn.page(officer.get("/sheets/" + draft)).select("#edit-sheet")).hasSize(1);
        assertThat(officer.get("/projects/" + project + "/sheet/new").getRedirectedUrl())
                .isEqualTo("/sheets/" + draft + "/edit");
    }
}
