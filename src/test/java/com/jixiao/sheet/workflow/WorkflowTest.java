package com.jixiao.sheet.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jixiao.demo.DemoAccounts;
import com.jixiao.department.DepartmentRepository;
import com.jixiao.project.ProjectRepository;
import com.jixiao.security.UserPrincipal;
import com.jixiao.project.Project;
import com.jixiao.sheet.ScoreSheetRepository;
import com.jixiao.sheet.SheetStatus;
import com.jixiao.support.IntegrationTest;
import com.jixiao.support.WorkflowSteps;
import com.jixiao.support.TestSheets;
import java.nio.charset.StandardCharsets;
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

/** The review workflow through the sheet page's buttons, as officer and head of the seed department. */
class WorkflowTest extends IntegrationTest {

    @Autowired MockMvc mvc;
    @Autowired WorkflowSteps steps;
    @Autowired DepartmentRepository departments;
    @Autowired ProjectRepository projects;
    @Autowired ScoreSheetRepository sheets;
    @Autowired SheetReviewRepository reviews;
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

    SheetStatus statusOf(Long sheetId) {
        return sheets.findById(sheetId).orElseThrow().getStatus();
    }

    Document sheetPage(String username, Long sheetId) throws Exception {
        return Jsoup.parse(mvc.perform(get("/sheets/" + sheetId).with(user(as(username)))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    @Test
    void submitReturnEditResubmitApproveAndReopen() throws Exception {
        Long sheetId = newSeedDraft();

        act("officer", sheetId, "submit").andExpect(flash().attribute("message", "自评表已提交，等待部门负责人审核。"));
        assertThat(statusOf(sheetId)).isEqualTo(SheetStatus.SUBMITTED);

        act("head", sheetId, "return", "comment", " ")
                .andExpect(flash().attribute("error", "退回时必须填写退回意见。"));
        assertThat(statusOf(sheetId)).isEqualTo(SheetStatus.SUBMITTED);
        act("head", sheetId, "return", "comment", "请补充偏差原因分析")
                .andExpect(flash().attribute("message", "自评表已退回填报人修改。"));
        assertThat(statusOf(sheetId)).isEqualTo(SheetStatus.RETURNED);

        // Returned: the officer may edit it again and resubmit.
        assertThat(editor("officer", sheetId).select("#sheet-form")).hasSize(1);
        act("officer", sheetId, "submit").andExpect(flash().attribute("message", "自评表已提交，等待部门负责人审核。"));
        act("head", sheetId, "approve").andExpect(flash().attribute("message", "自评表已审核通过。"));
        assertThat(statusOf(sheetId)).isEqualTo(SheetStatus.APPROVED);

        // Approved: read-only for everyone, including its officer.
        Document readOnly = editor("officer", sheetId);
        assertThat(readOnly.select("#sheet-form")).isEmpty();
        assertThat(readOnly.select("#notice").text()).isEqualTo("该自评表已通过，不能修改。");
        MockHttpServletResponse save = mvc.perform(post("/sheets/" + sheetId + "/edit").with(user(as("officer")))
                .with(csrf()).param("version", "0").param("expectedGoal", "改过的目标")).andReturn().getResponse();
        assertThat(save.getStatus()).isEqualTo(409);
        assertThat(Jsoup.parse(save.getContentAsString(StandardCharsets.UTF_8)).select("#notice").text())
                .isEqualTo("该自评表已通过，不能修改。您的输入未保存。");
        assertThat(jdbc.queryForObject("select expected_goal from score_sheet where id = ?", String.class, sheetId))
                .isEqualTo("按期完成项目建设。");
        act("officer", sheetId, "submit").andExpect(flash().attribute("error", "自评表当前状态为“已通过”，不能提交。"));

        act("head", sheetId, "reopen", "reason", "").andExpect(flash().attribute("error", "重新打开已通过的自评表时必须填写理由。"));
        act("head", sheetId, "reopen", "reason", "执行数有误，需更正")
                .andExpect(flash().attribute("message", "自评表已重新打开，填报人可以修改。"));
        assertThat(statusOf(sheetId)).isEqualTo(SheetStatus.RETURNED);

        List<SheetReview> history = reviews.findBySheetIdOrderByOccurredAtAscIdAsc(sheetId);
        assertThat(history).extracting(SheetReview::getAction).containsExactly(ReviewAction.SUBMIT,
                ReviewAction.RETURN, ReviewAction.SUBMIT, ReviewAction.APPROVE, ReviewAction.REOPEN);
        assertThat(history).extracting(SheetReview::getUsername)
                .containsExactly("officer", "head", "officer", "head", "head");
        assertThat(history.get(1).getComment()).isEqualTo("请补充偏差原因分析");
        assertThat(history.get(4).getFromStatus()).isEqualTo(SheetStatus.APPROVED);
        assertThat(jdbc.queryForList("select action from audit_event where entity_type = 'ScoreSheet' and entity_id = ? "
                + "order by id", String.class, sheetId.toString()))
                .containsExactly("SHEET_SUBMIT", "SHEET_RETURN", "SHEET_SUBMIT", "SHEET_APPROVE", "SHEET_REOPEN");

        Document page = sheetPage("officer", sheetId);
        assertThat(page.select("#review-history tbody tr")).hasSize(5);
        assertThat(page.select("#review-history").text()).contains("执行数有误，需更正", "已通过 → 已退回");
    }

    @Test
    void onlyTheHeadReviewsAndOnlyTheOfficerSubmits() throws Exception {
        Long sheetId = newSeedDraft();

        mvc.perform(post("/sheets/" + sheetId + "/submit").with(user(as("head"))).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/sheets/" + sheetId + "/submit").with(user(as("auditor"))).with(csrf()))
                .andExpect(status().isForbidden());
        act("officer", sheetId, "submit");
        mvc.perform(post("/sheets/" + sheetId + "/approve").with(user(as("officer"))).with(csrf()))
                .andExpect(status().isForbidden());
        // Another department's officer does not even learn that the sheet exists.
        mvc.perform(post("/sheets/" + sheetId + "/approve").with(user(as("officer2"))).with(csrf()))
                .andExpect(status().isNotFound());
        assertThat(statusOf(sheetId)).isEqualTo(SheetStatus.SUBMITTED);
    }

    @Test
    void theSheetPageShowsOnlyTheButtonsTheUserMayUse() throws Exception {
        Long sheetId = newSeedDraft();

        Document officerDraft = sheetPage("officer", sheetId);
        assertThat(officerDraft.select("#submit-form")).hasSize(1);
        assertThat(officerDraft.select("#submit-form input[name=_csrf]").attr("value")).isNotBlank();
        assertThat(officerDraft.select("#approve-form, #return-form, #reopen-form")).isEmpty();
        assertThat(sheetPage("head", sheetId).select("#workflow form")).isEmpty();

        act("officer", sheetId, "submit");
        assertThat(sheetPage("officer", sheetId).select("#workflow form")).isEmpty();
        Document headSubmitted = sheetPage("head", sheetId);
        assertThat(headSubmitted.select("#approve-form, #return-form")).hasSize(2);
        assertThat(headSubmitted.select("#return-form textarea[name=comment]")).hasSize(1);
        assertThat(sheetPage("auditor", sheetId).select("#workflow form")).isEmpty();

        act("head", sheetId, "approve");
        assertThat(sheetPage("head", sheetId).select("#workflow form").eachAttr("id")).containsExactly("reopen-form");
    }

    @Test
    void aStaleVersionIsRefusedWithAMessage() throws Exception {
        Long sheetId = newSeedDraft();
        long version = sheets.findById(sheetId).orElseThrow().getVersion();
        act("officer", sheetId, "submit", "version", Long.toString(version));

        act("head", sheetId, "return", "version", Long.toString(version), "comment", "意见")
                .andExpect(flash().attribute("error", "该自评表在您打开之后已被他人修改，请查看最新内容后再操作。"));
        assertThat(statusOf(sheetId)).isEqualTo(SheetStatus.SUBMITTED);
    }

    @Test
    void theTodoListShowsWhatEachUserHasToDo() throws Exception {
        Long toFill = newSeedDraft();
        Long toReturn = newSeedDraft();
        act("officer", toReturn, "submit");
        act("head", toReturn, "return", "comment", "补充材料");
        Long toReview = newSeedDraft();
        act("officer", toReview, "submit");

        List<String> officerTodo = todoLinks("officer");
        assertThat(officerTodo).contains("/sheets/" + toFill, "/sheets/" + toReturn).doesNotContain("/sheets/" + toReview);
        assertThat(todoLinks("head")).contains("/sheets/" + toReview)
                .doesNotContain("/sheets/" + toFill, "/sheets/" + toReturn);
        assertThat(todoLinks("officer2")).doesNotContain("/sheets/" + toFill, "/sheets/" + toReturn);
        assertThat(homePage("auditor").select("#todo")).isEmpty();
        assertThat(homePage("officer").select("#todo tr[data-status=RETURNED]").text()).contains("已退回，待修改");
    }

    /**
     * The sheet itself refuses an incomplete 送审 from the sheet page's button, listing what is missing: here a
     * draft just created from the default template, with nothing filled in yet.
     */
    @Test
    void anIncompleteSheetIsRefusedWithWhatIsMissing() throws Exception {
        Long projectId = tx.execute(s -> projects.save(new Project(departments.findByName(DemoAccounts.SEED_DEPARTMENT)
                .orElseThrow(), TestSheets.YEAR, 8001, "待填写的项目")).getId());
        String created = mvc.perform(post("/projects/" + projectId + "/sheet").with(user(as("officer"))).with(csrf())
                .param("templateCode", "default")).andReturn().getResponse().getRedirectedUrl();
        Long sheetId = Long.valueOf(created.replaceAll("\\D+", " ").strip().split(" ")[0]);

        act("officer", sheetId, "submit").andExpect(flash().attribute("error",
                "自评表还不能提交：项目资金：未填写全年预算数；项目资金：未填写全年执行数；年度总体目标：未填写预期目标；"
                        + "年度总体目标：未填写实际完成情况；绩效指标：至少填写一个三级指标；产出指标：三级指标分值合计 0，应等于一级指标分值 50；"
                        + "效益指标：三级指标分值合计 0，应等于一级指标分值 30；满意度指标：三级指标分值合计 0，应等于一级指标分值 10；"
                        + "分值合计（预算执行率加全部三级指标）为 10，应为 100"));
        assertThat(statusOf(sheetId)).isEqualTo(SheetStatus.DRAFT);
        assertThat(reviews.findBySheetIdOrderByOccurredAtAscIdAsc(sheetId)).isEmpty();
    }

    Document editor(String username, Long sheetId) throws Exception {
        return Jsoup.parse(mvc.perform(get("/sheets/" + sheetId + "/edit").with(user(as(username))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    Document homePage(String username) throws Exception {
        return Jsoup.parse(mvc.perform(get("/").with(user(as(username)))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    List<String> todoLinks(String username) throws Exception {
        return homePage(username).select("#todo a").eachAttr("href");
    }
}
