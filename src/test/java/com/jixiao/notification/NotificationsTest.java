package com.jixiao.notification;

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
import com.jixiao.support.IntegrationTest;
import com.jixiao.support.WorkflowSteps;
import com.jixiao.support.TestSheets;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issue 19.4: notifications for each review step and an approaching deadline, the bell's count, the list with
 * read/unread, and a reminder that arrives once however many nodes send it.
 */
class NotificationsTest extends IntegrationTest {

    @Autowired MockMvc mvc;
    @Autowired WorkflowSteps steps;
    @Autowired DepartmentRepository departments;
    @Autowired ProjectRepository projects;
    @Autowired ScoreSheetRepository sheets;
    @Autowired TransactionTemplate tx;
    @Autowired JdbcTemplate jdbc;
    @Autowired DeadlineReminders reminders;

    UserPrincipal as(String username) {
        return steps.as(username);
    }

    void act(String username, Long sheetId, String action, String... params) throws Exception {
        steps.act(username, sheetId, action, params);
    }

    Document page(String username, String url) throws Exception {
        return Jsoup.parse(mvc.perform(get(url).with(user(as(username)))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    List<String> kindsFor(String username, Long sheetId) {
        return jdbc.queryForList("""
                select n.kind from notification n join app_user u on u.id = n.recipient_id
                where u.username = ? and n.sheet_id = ? order by n.id""", String.class, username, sheetId);
    }

    long unread(String username) {
        return jdbc.queryForObject("""
                select count(*) from notification n join app_user u on u.id = n.recipient_id
                where u.username = ? and n.read_at is null""", Long.class, username);
    }

    @Test
    void everyReviewStepNotifiesTheOtherSideAndTheBellCountsUnread() throws Exception {
        Long sheetId = TestSheets.newDraft(tx, departments, projects, sheets, DemoAccounts.SEED_DEPARTMENT);
        act("officer", sheetId, "submit");
        assertThat(kindsFor("head", sheetId)).containsExactly("SUBMIT");
        assertThat(kindsFor("officer", sheetId)).isEmpty();
        // Another department's people hear nothing.
        assertThat(kindsFor("officer2", sheetId)).isEmpty();

        act("head", sheetId, "return", "comment", "请补充偏差原因");
        act("officer", sheetId, "submit");
        act("head", sheetId, "approve");
        act("head", sheetId, "reopen", "reason", "执行数有误");
        assertThat(kindsFor("officer", sheetId)).containsExactly("RETURN", "APPROVE", "REOPEN");
        assertThat(kindsFor("head", sheetId)).containsExactly("SUBMIT", "SUBMIT");

        Document home = page("officer", "/");
        assertThat(home.select("#bell-count").text()).isEqualTo(Long.toString(unread("officer")));
        Document list = page("officer", "/notifications");
        var returned = list.select("#notifications tr[data-kind=RETURN]:has(a[href=/sheets/" + sheetId
                + "/edit#return-reason])");
        assertThat(returned).hasSize(1);
        assertThat(returned.hasClass("unread")).isTrue();
        assertThat(returned.text()).contains("被退回修改", "退回意见：请补充偏差原因", "未读");

        String id = returned.attr("data-id");
        long before = unread("officer");
        mvc.perform(post("/notifications/" + id + "/read").with(user(as("officer"))).with(csrf()))
                .andExpect(redirectedUrl("/notifications"));
        assertThat(unread("officer")).isEqualTo(before - 1);
        assertThat(page("officer", "/notifications").select("tr[data-id=" + id + "]").text()).contains("已读");
        mvc.perform(post("/notifications/" + id + "/unread").with(user(as("officer"))).with(csrf()));
        assertThat(unread("officer")).isEqualTo(before);
        // Someone else's notification is as missing as none, and stays unread.
        mvc.perform(post("/notifications/" + id + "/read").with(user(as("head"))).with(csrf()))
                .andExpect(flash().attribute("error", "没有这条通知。"));
        assertThat(unread("officer")).isEqualTo(before);

        mvc.perform(post("/notifications/read-all").with(user(as("officer"))).with(csrf()))
                .andExpect(redirectedUrl("/notifications"));
        assertThat(unread("officer")).isZero();
        assertThat(page("officer", "/").select("#bell-count")).isEmpty();
        assertThat(page("officer", "/").select("#bell").attr("href")).isEqualTo("/notifications");
    }

    @Test
    void anApproachingDeadlineRemindsOfficersAndHeadOnceEvenFromTwoNodesAtOnce() throws Exception {
        int year = LocalDate.now().getYear();
        tx.executeWithoutResult(s -> projects.save(new Project(departments.findByName(DemoAccounts.SEED_DEPARTMENT)
                .orElseThrow(), year, jdbc.queryForObject(
                "select coalesce(max(seq), 0) + 5000 from project where fiscal_year = ?", Integer.class, year),
                "临近截止的项目")));
        LocalDate due = LocalDate.now().plusDays(2);
        mvc.perform(post("/deadlines/" + year).with(user(as("head"))).with(csrf()).param("dueDate", due.toString()))
                .andExpect(redirectedUrl("/deadlines"));

        // Two nodes running the hourly job at the same moment, then one running it again.
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> runs = nodes.invokeAll(List.<Callable<Integer>>of(reminders::remind, reminders::remind));
            for (Future<Integer> run : runs) {
                run.get();
            }
        } finally {
            nodes.shutdown();
        }
        reminders.remind();

        String key = "deadline:%:" + year + ":" + due + ":%";
        for (String username : List.of("officer", "head")) {
            assertThat(jdbc.queryForList("""
                    select n.title from notification n join app_user u on u.id = n.recipient_id
                    where u.username = ? and n.kind = 'DEADLINE' and n.dedup_key like ?""", String.class, username, key))
                    .as(username).hasSize(1).first().asString().contains(year + "年度自评表提交截止日期为 " + due);
        }
        assertThat(jdbc.queryForObject("""
                select count(*) from notification n join app_user u on u.id = n.recipient_id
                where u.username = 'officer2' and n.dedup_key like ?""", Long.class, key)).isZero();
        assertThat(page("head", "/notifications").select("tr[data-kind=DEADLINE]").text())
                .contains("个项目的自评表未提交");
    }
}
