package com.jixiao.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jixiao.demo.DemoAccounts;
import com.jixiao.department.DepartmentRepository;
import com.jixiao.project.ProjectRepository;
import com.jixiao.sheet.ScoreSheetRepository;
import com.jixiao.support.IntegrationTest;
import com.jixiao.support.TestSheets;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sessions follow user administration on the very next request (issue 12): a disabled user is signed out, a
 * demoted administrator loses /admin, a moved officer loses the old department; the last administrator stays;
 * a form posted after the session ended leads to sign-in and back to its page instead of "无权操作（403）".
 */
class SessionsTest extends IntegrationTest {

    private static final String PASSWORD = "Sitzungs-Passwort-7";
    private static final AtomicInteger SEQ = new AtomicInteger();

    @Autowired MockMvc mvc;
    @Autowired AppUserRepository users;
    @Autowired PasswordEncoder encoder;
    @Autowired JdbcTemplate jdbc;
    @Autowired UserDetailsService userDetails;
    @Autowired TransactionTemplate tx;
    @Autowired DepartmentRepository departments;
    @Autowired ProjectRepository projects;
    @Autowired ScoreSheetRepository sheets;

    AppUser newUser(Role role) {
        String username = "sess" + SEQ.incrementAndGet() + "-" + System.nanoTime() % 100000;
        AppUser user = new AppUser(username, encoder.encode(PASSWORD), "会话测试", role);
        user.assign(role, role.hasOwnDepartment() ? seedDepartment() : null, false, Set.of());
        return users.save(user);
    }

    Long seedDepartment() {
        return users.findByUsername("officer").orElseThrow().getDepartmentId();
    }

    MockHttpSession signIn(String username) throws Exception {
        MockHttpSession session = new MockHttpSession();
        mvc.perform(post("/login").session(session).with(csrf()).param("username", username).param("password", PASSWORD))
                .andExpect(redirectedUrl("/"));
        return session;
    }

    /** Saves the user through the administrators' form, as an administrator would. */
    Document edit(AppUser user, String role, Long departmentId, boolean enabled) throws Exception {
        AppUser current = users.findById(user.getId()).orElseThrow();
        MockHttpServletRequestBuilder form = post("/admin/users/" + user.getId() + "/edit")
                .with(user(userDetails.loadUserByUsername("admin"))).with(csrf())
                .param("username", current.getUsername()).param("displayName", current.getDisplayName())
                .param("role", role).param("version", String.valueOf(current.getVersion()))
                .param("_enabled", "on");
        if (departmentId != null) {
            form.param("departmentId", departmentId.toString());
        }
        if (enabled) {
            form.param("enabled", "true");
        }
        String html = mvc.perform(form).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        return Jsoup.parse(html);
    }

    @Test
    void aDisabledUserIsSignedOutOnTheNextRequest() throws Exception {
        AppUser officer = newUser(Role.OFFICER);
        MockHttpSession session = signIn(officer.getUsername());
        mvc.perform(get("/").session(session)).andExpect(status().isOk());

        edit(officer, "OFFICER", seedDepartment(), false);

        // Before the fix the open session went on (a disabled officer saved a sheet).
        mvc.perform(get("/").session(session)).andExpect(redirectedUrl("/login"));
        // The session is gone from the store every node reads (Spring Session JDBC), not just from this node.
        assertThat(jdbc.queryForObject("select count(*) from spring_session where principal_name = ?", Integer.class,
                officer.getUsername())).isZero();
    }

    @Test
    void aDemotedAdministratorLosesTheAdminPagesOnTheNextRequest() throws Exception {
        AppUser admin = newUser(Role.ADMIN);
        MockHttpSession session = signIn(admin.getUsername());
        mvc.perform(get("/admin/users").session(session)).andExpect(status().isOk());

        edit(admin, "OFFICER", seedDepartment(), true);

        mvc.perform(get("/admin/users").session(session)).andExpect(status().isForbidden());
        String home = mvc.perform(get("/").session(session)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(Jsoup.parse(home).select("#current-user").text()).contains("填报人");
    }

    @Test
    void anOfficerMovedToAnotherDepartmentLosesTheOldOneOnTheNextRequest() throws Exception {
        Long sheet = TestSheets.newDraft(tx, departments, projects, sheets, DemoAccounts.SEED_DEPARTMENT);
        AppUser officer = newUser(Role.OFFICER);
        MockHttpSession session = signIn(officer.getUsername());
        mvc.perform(get("/sheets/" + sheet).session(session)).andExpect(status().isOk());

        Long example = departments.findByName(DemoAccounts.EXAMPLE_DEPARTMENT).orElseThrow().getId();
        edit(officer, "OFFICER", example, true);

        mvc.perform(get("/sheets/" + sheet).session(session)).andExpect(status().isNotFound());
    }

    @Test
    void theLastEnabledAdministratorCanBeNeitherDemotedNorDisabled() throws Exception {
        AppUser admin = users.findByUsername("admin").orElseThrow();
        List<Long> others = jdbc.queryForList("select id from app_user where role = 'ADMIN' and enabled and id <> ?",
                Long.class, admin.getId());
        jdbc.update("update app_user set enabled = false where role = 'ADMIN' and id <> ?", admin.getId());
        try {
            Document demoted = edit(admin, "OFFICER", seedDepartment(), true);
            assertThat(demoted.select("#role ~ .field-error").text()).contains("最后一位启用的管理员");
            Document disabled = edit(admin, "ADMIN", null, false);
            assertThat(disabled.select(".field-error").text()).contains("最后一位启用的管理员，不能降级或停用");
            AppUser after = users.findByUsername("admin").orElseThrow();
            assertThat(after.getRole()).isEqualTo(Role.ADMIN);
            assertThat(after.isEnabled()).isTrue();

            // With a second enabled administrator, the demotion goes through.
            AppUser second = newUser(Role.ADMIN);
            AppUser demotedLater = newUser(Role.ADMIN);
            assertThat(edit(demotedLater, "OFFICER", seedDepartment(), true).select(".field-error")).isEmpty();
            assertThat(users.findById(demotedLater.getId()).orElseThrow().getRole()).isEqualTo(Role.OFFICER);
            jdbc.update("update app_user set enabled = false where id = ?", second.getId());
        } finally {
            for (Long id : others) {
                jdbc.update("update app_user set enabled = true where id = ?", id);
            }
        }
    }

    @Test
    void aFormPostedAfterTheSessionEndedLeadsToSignInAndBackToItsPage() throws Exception {
        Long sheet = TestSheets.newDraft(tx, departments, projects, sheets, DemoAccounts.SEED_DEPARTMENT);
        MockHttpSession ended = new MockHttpSession();

        var result = mvc.perform(post("/sheets/" + sheet + "/edit").session(ended)
                        .with(request -> {
                            // What Tomcat reports for a cookie of a session that timed out.
                            request.setRequestedSessionId("timed-out-session");
                            request.setRequestedSessionIdValid(false);
                            return request;
                        })
                        .header("Referer", "http://localhost/sheets/" + sheet + "/edit")
                        .param("_csrf", "token-of-the-old-session").param("action", "save")
                        .param("expectedGoal", "刚输入的内容"))
                .andExpect(redirectedUrl("/login?expired")).andReturn();
        MockHttpSession fresh = (MockHttpSession) result.getRequest().getSession();

        String login = mvc.perform(get("/login").param("expired", "").session(fresh)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(Jsoup.parse(login).select("#login-error").text()).contains("登录已超时", "回到原页面");

        mvc.perform(post("/login").session(fresh).with(csrf()).param("username", "officer")
                .param("password", DemoAccounts.PASSWORD)).andExpect(redirectedUrl("/sheets/" + sheet + "/edit"));
    }

    @Test
    void aPageAskedForBeforeSignInIsWhereSignInLeadsWithoutItsHost() throws Exception {
        MockHttpSession session = new MockHttpSession();
        mvc.perform(get("http://evil.example/projects?year=2021").session(session)).andExpect(redirectedUrl("/login"));
        mvc.perform(post("/login").session(session).with(csrf()).param("username", "auditor")
                .param("password", DemoAccounts.PASSWORD)).andExpect(redirectedUrl("/projects?year=2021"));
    }
}
