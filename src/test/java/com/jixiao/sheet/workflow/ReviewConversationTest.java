package com.jixiao.sheet.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jixiao.demo.DemoAccounts;
import com.jixiao.department.DepartmentRepository;
import com.jixiao.project.Project;
import com.jixiao.project.ProjectRepository;
import com.jixiao.security.UserPrincipal;
import com.jixiao.sheet.ScoreSheetRepository;
import com.jixiao.sheet.SheetStatus;
import com.jixiao.support.IntegrationTest;
import com.jixiao.support.WorkflowSteps;
import com.jixiao.support.TestSheets;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issue 19.1–19.3 through the pages: the review thread with the head's reason and row remarks in front of the officer,
 * the complete 待办 lists, the department-year deadline, and bulk approval.
 */
class ReviewConversationTest extends IntegrationTest {

    @Autowired MockMvc mvc;
    @Autowired WorkflowSteps steps;
    @Autowired DepartmentRepository departments;
    @Autowired ProjectRepository projects;
    @Autowired ScoreSheetRepository sheets;
    @Autowired TransactionTemplate tx;
    @Autowired JdbcTemplate jdbc;

    Long newSeedDraft() {
        return TestSheets.newDraft(tx, departments, projects, sheets, DemoAccounts.SEED_DEPARTMENT);
    }

    UserPrincipal as(String username) {
        return steps.as(username);
    }

    ResultActions act(String username, Long sheetId, String action, String... params) throws Exception {
        return steps.act(username, sheetId, action, params);
    }

    Document page(String username, String url) throws Exception {
        return Jsoup.parse(mvc.perform(get(url).with(user(as(username)))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    List<Long> rowIds(Long sheetId) {
        return jdbc.queryForList("select id from indicator where sheet_id = ? and level = 3 order by id", Long.class,
                sheetId);
    }

    /** A 序号 no other project of the seed department's year has (another test may be adding one right now). */
    int nextSeq(int year) {
        return jdbc.queryForObject("select coalesce(max(seq), 0) + 5000 from project where fiscal_year = ?",
                Integer.class, year);
    }

    SheetStatus statusOf(Long sheetId) {
        return sheets.findById(sheetId).orElseThrow().getStatus();
    }

    @Test
    void aReturnWithRowRemarksIsShownToTheOfficerAtTheTopOfTheEditorWithTheRowsMarked() throws Exception {
        Long sheetId = newSeedDraft();
        act("officer", sheetId, "submit");
        List<Long> rows = rowIds(sheetId);
        Document headPage = page("head", "/sheets/" + sheetId);
        assertThat(headPage.select("#return-form textarea[name^=remark-]").eachAttr("name"))
                .containsExactlyInAnyOrderElementsOf(rows.stream().map(id -> "remark-" + id).toList());

        // A row of another sheet is refused, and nothing changes.
        Long other = rowIds(newSeedDraft()).get(0);
        act("head", sheetId, "return", "comment", "请核对", "remark-" + other, "不属于本表")
                .andExpect(flash().attribute("error", "所指的指标行不属于这张自评表，可能已被删除，请刷新后再退回。"));
        assertThat(statusOf(sheetId)).isEqualTo(SheetStatus.SUBMITTED);

        act("head", sheetId, "return", "comment", "请补充偏差原因分析，并核对第一行的实际完成值。",
                "remark-" + rows.get(0), "实际完成值与佐证材料不符", "remark-" + rows.get(1), "  ")
                .andExpect(flash().attribute("message", "自评表已退回填报人修改。"));
        assertThat(statusOf(sheetId)).isEqualTo(SheetStatus.RETURNED);
        assertThat(jdbc.queryForList("""
                select m.remark from sheet_review_remark m join sheet_review r on r.id = m.review_id
                where r.sheet_id = ?""", String.class, sheetId)).containsExactly("实际完成值与佐证材料不符");
        assertThat(jdbc.queryForObject("""
                select after_json from audit_event where entity_type = 'ScoreSheet' and entity_id = ?
                and action = 'SHEET_RETURN'""", String.class, sheetId.toString())).contains("实际完成值与佐证材料不符");

        Document editor = page("officer", "/sheets/" + sheetId + "/edit");
        assertThat(editor.select("#review-thread")).hasSize(1);
        assertThat(editor.select("#return-reason #return-comment-text").text())
                .isEqualTo("请补充偏差原因分析，并核对第一行的实际完成值。");
        assertThat(editor.select("#return-reason").text()).contains("部门负责人", "实际完成值与佐证材料不符");
        // The thread comes before the form, so the editor opens with it in view.
        assertThat(editor.select("#review-thread").first().siblingIndex())
                .isLessThan(editor.select("#sheet-form").first().siblingIndex());
        assertThat(editor.select("tr.indicator-row.remarked")).hasSize(1);
        assertThat(editor.select("tr.remarked .row-remark").text()).isEqualTo("退回意见：实际完成值与佐证材料不符");
        assertThat(editor.select("tr.remarked input[name$=.id]").val()).isEqualTo(rows.get(0).toString());
        assertThat(editor.select("#review-history tbody tr").eachAttr("data-action")).containsExactly("SUBMIT", "RETURN");

        Document sheetPage = page("officer", "/sheets/" + sheetId);
        assertThat(sheetPage.select("#return-reason").text()).contains("请补充偏差原因分析");
        assertThat(sheetPage.select("td.remarked .row-remark").text()).isEqualTo("退回意见：实际完成值与佐证材料不符");

        // Answered: once resubmitted, the reason box and the marks go; the thread keeps the history.
        act("officer", sheetId, "submit");
        Document resubmitted = page("head", "/sheets/" + sheetId);
        assertThat(resubmitted.select("#return-reason, td.remarked")).isEmpty();
        assertThat(resubmitted.select("#review-history").text()).contains("实际完成值与佐证材料不符");
    }

    @Test
    void theTodoListsAreCompleteForOfficerAndHead() throws Exception {
        Long projectId = tx.execute(s -> projects.save(new Project(departments.findByName(DemoAccounts.SEED_DEPARTMENT)
                .orElseThrow(), TestSheets.YEAR, nextSeq(TestSheets.YEAR), "尚未建表的项目")).getId());
        Long draft = newSeedDraft();
        Long blocked = newSeedDraft();
        jdbc.update("update score_sheet set entered_total = 50 where id = ?", blocked);
        Long returned = newSeedDraft();
        act("officer", returned, "submit");
        act("head", returned, "return", "comment", "请补充佐证材料");
        Long waiting = newSeedDraft();
        act("officer", waiting, "submit");

        Document officer = page("officer", "/");
        assertThat(officer.select("#todo a.todo-work").eachAttr("href")).contains(
                "/projects/" + projectId + "/sheet/new", "/sheets/" + draft + "/edit",
                "/sheets/" + returned + "/edit#return-reason", "/sheets/" + blocked + "/edit")
                .doesNotContain("/sheets/" + waiting);
        assertThat(officer.select("#todo tr[data-status=MISSING]").text()).contains("尚未建表的项目", "未建立自评表");
        assertThat(officer.select("#todo tr:has(a[href=/sheets/" + returned + "]) .todo-reason").text())
                .isEqualTo("请补充佐证材料");
        assertThat(officer.select("#todo tr:has(a[href=/sheets/" + blocked + "])").text()).contains("处错误待更正");
        // Returned sheets come first.
        assertThat(officer.select("#todo tbody tr").first().attr("data-status")).isEqualTo("RETURNED");
        assertThat(officer.select("#todo-missing")).isEmpty();

        Document head = page("head", "/");
        assertThat(head.select("#todo a.todo-work").eachAttr("href")).contains("/sheets/" + waiting)
                .doesNotContain("/sheets/" + draft + "/edit");
        assertThat(head.select("#todo-missing").text()).contains("尚未建表的项目", "未建立", "请补充佐证材料");
        assertThat(head.select("#todo-missing a").eachAttr("href")).contains("/sheets/" + draft, "/sheets/" + returned);
        assertThat(head.select("#set-deadline").attr("href")).isEqualTo("/deadlines");
        assertThat(page("auditor", "/").select("#todo, #todo-missing, #deadlines")).isEmpty();
    }

    MockHttpServletResponse setDeadline(String username, int year, String text) throws Exception {
        return mvc.perform(post("/deadlines/" + year).with(user(as(username))).with(csrf()).param("dueDate", text))
                .andReturn().getResponse();
    }

    @Test
    void theHeadSetsTheDepartmentYearsDeadlineWithClearErrorsAndEveryChangeAudited() throws Exception {
        newSeedDraft();
        int year = TestSheets.YEAR;
        Long department = departments.findByName(DemoAccounts.SEED_DEPARTMENT).orElseThrow().getId();
        String saved = "select due_date::text from submission_deadline where department_id = ? and fiscal_year = ?";
        List<String> before = jdbc.queryForList(saved, String.class, department, year);

        for (String[] bad : new String[][] {{"明年三月", "截止日期格式不正确，请按“年-月-日”填写，例如 2031-03-31。"},
                {"2040-01-01", "截止日期应在 2030年1月1日 至 2032年12月31日 之间。"}, {" ", "请填写截止日期。"}}) {
            MockHttpServletResponse refused = setDeadline("head", year, bad[0]);
            assertThat(refused.getStatus()).isEqualTo(422);
            Document form = Jsoup.parse(refused.getContentAsString(StandardCharsets.UTF_8));
            assertThat(form.select("tr[data-year=" + year + "] .field-error").text()).isEqualTo(bad[1]);
            assertThat(form.select("#due-" + year).val()).isEqualTo(bad[0]);
            assertThat(jdbc.queryForList(saved, String.class, department, year)).isEqualTo(before);
        }

        LocalDate due = LocalDate.of(year + 1, 3, 31);
        assertThat(setDeadline("head", year, due.toString()).getRedirectedUrl()).isEqualTo("/deadlines");
        assertThat(jdbc.queryForList(saved, String.class, department, year)).containsExactly(due.toString());
        assertThat(jdbc.queryForObject("""
                select after_json from audit_event where action = 'DEADLINE_SET' and entity_id = ?
                order by id desc limit 1""", String.class, department + "-" + year)).contains(due.toString());
        assertThat(page("head", "/deadlines").select("tr[data-year=" + year + "] .due").text())
                .isEqualTo("2031年3月31日");
        assertThat(page("officer", "/").select("#deadlines li[data-year=" + year + "]").text())
                .contains("2030年度：2031年3月31日", "还剩");

        assertThat(setDeadline("officer", year, due.toString()).getStatus()).isEqualTo(403);
        mvc.perform(get("/deadlines").with(user(as("auditor")))).andExpect(status().isForbidden());
    }

    @Test
    void bulkApprovalApprovesTheTickedSheetsOneByOneAndLeavesOutThoseWithErrors() throws Exception {
        Long first = newSeedDraft();
        Long second = newSeedDraft();
        Long wrong = newSeedDraft();
        Long stale = newSeedDraft();
        jdbc.update("update score_sheet set entered_total = 50 where id = ?", wrong);
        for (Long id : List.of(first, second, wrong, stale)) {
            act("officer", id, "submit");
        }

        Document list = page("head", "/reviews");
        assertThat(list.select("#bulk-table tr[data-sheet]").eachAttr("data-sheet"))
                .contains(first.toString(), second.toString(), wrong.toString());
        assertThat(list.select("tr[data-sheet=" + wrong + "] input[type=checkbox]").hasAttr("disabled")).isTrue();
        assertThat(list.select("tr[data-sheet=" + wrong + "] .blocked-reason").text()).contains("总分印为 50");
        assertThat(list.select("tr[data-sheet=" + first + "] input[type=checkbox]").hasAttr("disabled")).isFalse();
        assertThat(page("head", "/reviews?findings=without").select("tr[data-sheet]").eachAttr("data-sheet"))
                .contains(first.toString()).doesNotContain(wrong.toString());
        assertThat(page("head", "/reviews?grade=差").select("tr[data-sheet]").eachAttr("data-sheet"))
                .doesNotContain(first.toString());

        String value = list.select("tr[data-sheet=" + first + "] input").val();
        long staleVersion = sheets.findById(stale).orElseThrow().getVersion() - 1;
        mvc.perform(post("/reviews/approve").with(user(as("head"))).with(csrf())
                        .param("sheet", value, second + ":" + sheets.findById(second).orElseThrow().getVersion(),
                                wrong + ":" + sheets.findById(wrong).orElseThrow().getVersion(), stale + ":" + staleVersion))
                .andExpect(redirectedUrl("/reviews"))
                .andExpect(flash().attribute("message", "已通过 2 张自评表。"));
        assertThat(statusOf(first)).isEqualTo(SheetStatus.APPROVED);
        assertThat(statusOf(second)).isEqualTo(SheetStatus.APPROVED);
        assertThat(statusOf(wrong)).isEqualTo(SheetStatus.SUBMITTED);
        assertThat(statusOf(stale)).isEqualTo(SheetStatus.SUBMITTED);
        for (Long id : List.of(first, second)) {
            assertThat(jdbc.queryForList("select action from audit_event where entity_type = 'ScoreSheet' and entity_id = ?"
                    + " and action = 'SHEET_APPROVE'", String.class, id.toString())).hasSize(1);
            assertThat(jdbc.queryForList("select action from sheet_review where sheet_id = ? and action = 'APPROVE'",
                    String.class, id)).hasSize(1);
        }
        assertThat(jdbc.queryForList("select action from audit_event where entity_id in (?, ?) and action = 'SHEET_APPROVE'",
                String.class, wrong.toString(), stale.toString())).isEmpty();

        String redirected = mvc.perform(post("/reviews/approve").with(user(as("head"))).with(csrf())
                        .param("sheet", wrong + ":" + sheets.findById(wrong).orElseThrow().getVersion()))
                .andReturn().getFlashMap().get("skipped").toString();
        assertThat(redirected).contains("处错误，需逐张审核", "总分印为 50");

        mvc.perform(post("/reviews/approve").with(user(as("officer"))).with(csrf()).param("sheet", stale + ":0"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/reviews/approve").with(user(as("head"))).with(csrf()))
                .andExpect(flash().attribute("error", "请先勾选要通过的自评表。"));
    }
}
