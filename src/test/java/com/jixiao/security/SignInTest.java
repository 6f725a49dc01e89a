package com.jixiao.security;

import static com.jixiao.support.ClientAddress.from;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jixiao.demo.DemoAccounts;
import com.jixiao.support.IntegrationTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** Real sign-in flows through the filter chain: form login, lockout, logout, CSRF, headers. */
class SignInTest extends IntegrationTest {

    @Autowired MockMvc mvc;
    @Autowired AppUserRepository users;
    @Autowired PasswordEncoder encoder;
    @Autowired JdbcTemplate jdbc;
    @Autowired Environment environment;

    Document loginPageAfter(MvcResult result) throws Exception {
        MockHttpSession session = (MockHttpSession) result.getRequest().getSession();
        String html = mvc.perform(get("/login").param("error", "").session(session)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        return Jsoup.parse(html);
    }

    AppUser newOfficer(String username, String password) {
        Long department = users.findByUsername("officer").orElseThrow().getDepartmentId();
        AppUser user = new AppUser(username, encoder.encode(password), "锁定测试", Role.OFFICER);
        user.assign(Role.OFFICER, department, false, Set.of());
        return users.save(user);
    }

    long auditCount(String username, String action) {
        return jdbc.queryForObject("select count(*) from audit_event where username = ? and action = ?", Long.class,
                username, action);
    }

    @Test
    void pagesRequireSignInAndTheLoginPageIsChineseWithACsrfToken() throws Exception {
        mvc.perform(get("/")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/sheets/1")).andExpect(redirectedUrl("/login"));

        String html = mvc.perform(get("/login")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        Document login = Jsoup.parse(html);
        assertThat(login.select("h1").text()).isEqualTo("登录");
        assertThat(login.select("form input[name=_csrf]").attr("value")).isNotBlank();
        assertThat(login.select("label").eachText()).contains("用户名", "密码");
    }

    MvcResult signIn(String username, String password, String address) throws Exception {
        return mvc.perform(post("/login").with(csrf()).with(from(address))
                .param("username", username).param("password", password)).andReturn();
    }

    Integer pairFailures(String username, String address) {
        return jdbc.queryForObject("select failures from sign_in_throttle where throttle_key = ?", Integer.class,
                LoginAttempts.pairKey(username, address));
    }

    @Test
    void theDemoOfficerSignsInWithThePublishedPasswordAndAWrongOneIsRefused() throws Exception {
        mvc.perform(formLogin().user("officer").password(DemoAccounts.PASSWORD))
                .andExpect(authenticated().withUsername("officer").withRoles("OFFICER"))
                .andExpect(redirectedUrl("/"));

        MvcResult wrong = mvc.perform(formLogin().user("officer2").password("wrong-password"))
                .andExpect(unauthenticated()).andExpect(redirectedUrl("/login?error")).andReturn();
        assertThat(loginPageAfter(wrong).select("#login-error").text()).isEqualTo(LoginAttempts.FAILURE_MESSAGE);
        assertThat(auditCount("officer", "LOGIN_SUCCESS")).isPositive();
        assertThat(auditCount("officer2", "LOGIN_FAILURE")).isPositive();
        // The wrong attempt is cleared by the next good sign-in, so officer2 never drifts towards a lock.
        mvc.perform(formLogin().user("officer2").password(DemoAccounts.PASSWORD)).andExpect(authenticated());
        assertThat(pairFailures("officer2", "127.0.0.1")).isZero();
    }

    @Test
    void theSixthAttemptIsRefusedEvenWithTheRightPasswordUntilTheLockEnds() throws Exception {
        newOfficer("lock-test", "right-password-1");
        String address = "198.51.100.20";

        for (int attempt = 1; attempt <= LoginAttempts.MAX_FAILURES; attempt++) {
            MvcResult result = signIn("lock-test", "wrong-" + attempt, address);
            assertThat(loginPageAfter(result).select("#login-error").text()).isEqualTo(LoginAttempts.FAILURE_MESSAGE);
        }
        assertThat(pairFailures("lock-test", address)).isEqualTo(5);
        assertThat(jdbc.queryForObject("select locked_until from sign_in_throttle where throttle_key = ?",
                OffsetDateTime.class, LoginAttempts.pairKey("lock-test", address)))
                .isBetween(OffsetDateTime.now().plusMinutes(14), OffsetDateTime.now().plusMinutes(15).plusSeconds(5));

        MvcResult sixth = signIn("lock-test", "right-password-1", address);
        assertThat(sixth.getResponse().getRedirectedUrl()).isEqualTo("/login?error");
        // Locked or wrong: the same words, so that nobody learns which names exist.
        assertThat(loginPageAfter(sixth).select("#login-error").text()).isEqualTo(LoginAttempts.FAILURE_MESSAGE);
        // The lock holds for scripts too, with a JSON answer.
        mvc.perform(get("/api/v1/me").with(httpBasic("lock-test", "right-password-1")).with(from(address)))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.message").value(LoginAttempts.FAILURE_MESSAGE));

        assertThat(auditCount("lock-test", "LOGIN_FAILURE")).isEqualTo(5);
        assertThat(auditCount("lock-test", "ACCOUNT_LOCKED")).isEqualTo(1);
        assertThat(auditCount("lock-test", "LOGIN_REFUSED")).isEqualTo(2);

        // Fifteen minutes later (moved into the past here) the right password works and resets the count.
        jdbc.update("update sign_in_throttle set locked_until = now() - interval '1 second' where throttle_key = ?",
                LoginAttempts.pairKey("lock-test", address));
        assertThat(signIn("lock-test", "right-password-1", address).getResponse().getRedirectedUrl()).isEqualTo("/");
        assertThat(pairFailures("lock-test", address)).isZero();
    }

    @Test
    void afterAnExpiredLockTheCountStartsAgain() throws Exception {
        newOfficer("lock-expired", "right-password-2");
        String address = "198.51.100.21";
        jdbc.update("insert into sign_in_throttle (throttle_key, failures, locked_until) values (?, 5, now() - interval '1 minute')",
                LoginAttempts.pairKey("lock-expired", address));

        signIn("lock-expired", "wrong", address);

        assertThat(pairFailures("lock-expired", address)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select locked_until from sign_in_throttle where throttle_key = ?",
                OffsetDateTime.class, LoginAttempts.pairKey("lock-expired", address))).isNull();
    }

    @Test
    void logoutNeedsAPostWithCsrfAndEndsTheSession() throws Exception {
        MvcResult signedIn = mvc.perform(formLogin().user("head").password(DemoAccounts.PASSWORD))
                .andExpect(authenticated()).andReturn();
        MockHttpSession session = (MockHttpSession) signedIn.getRequest().getSession();

        mvc.perform(post("/logout").session(session)).andExpect(status().isForbidden());
        mvc.perform(post("/logout").session(session).with(csrf())).andExpect(redirectedUrl("/login?logout"))
                .andExpect(unauthenticated())
                // The browser forgets the session cookie too.
                .andExpect(cookie().maxAge("JSESSIONID", 0));
        mvc.perform(get("/").session(session)).andExpect(redirectedUrl("/login"));
    }

    @Test
    void formPostsWithoutCsrfTokenAreRefused() throws Exception {
        MvcResult signedIn = mvc.perform(formLogin().user("officer").password(DemoAccounts.PASSWORD)).andReturn();
        MockHttpSession session = (MockHttpSession) signedIn.getRequest().getSession();

        mvc.perform(post("/sheets/1/submit").session(session)).andExpect(status().isForbidden());
        mvc.perform(post("/login").param("username", "officer").param("password", DemoAccounts.PASSWORD))
                .andExpect(status().isForbidden());
        mvc.perform(post("/login").with(csrf()).param("username", "officer").param("password", DemoAccounts.PASSWORD))
                .andExpect(authenticated());
    }

    @Test
    void everyResponseCarriesTheSecurityHeaders() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(header().string("Content-Security-Policy", SecurityConfig.CONTENT_SECURITY_POLICY))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Referrer-Policy", "same-origin"));
        assertThat(SecurityConfig.CONTENT_SECURITY_POLICY).contains("script-src 'self';", "frame-ancestors 'none'")
                .doesNotContain("unsafe-inline");
    }

    /** The CSP forbids inline scripts and styles: no template may rely on them. */
    @Test
    void templatesHaveNoInlineScriptsHandlersOrStyles() throws IOException {
        Pattern inline = Pattern.compile("<script(?![^>]*\\bsrc=)|\\son[a-z]+=|\\sstyle=|<style", Pattern.CASE_INSENSITIVE);
        List<Path> templates;
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
            templates = files.filter(file -> file.toString().endsWith(".html")).toList();
        }
        assertThat(templates).hasSizeGreaterThan(10);
        for (Path template : templates) {
            assertThat(inline.matcher(Files.readString(template)).find()).as(template.toString()).isFalse();
        }
    }

    @Test
    void idleSessionsEndAfterThirtyMinutes() {
        assertThat(environment.getProperty("server.servlet.session.timeout")).isEqualTo("30m");
    }

    @Test
    void passwordsAreStoredAsBcryptAndDemoAccountsWorkOnlyInDemoMode() {
        AppUser officer = users.findByUsername("officer").orElseThrow();
        assertThat(officer.getPasswordHash()).startsWith("{bcrypt-sha256}$2").doesNotContain(DemoAccounts.PASSWORD);
        assertThat(encoder.matches(DemoAccounts.PASSWORD, officer.getPasswordHash())).isTrue();
        assertThat(officer.isDemoAccount()).isTrue();

        assertThat(new AppUserDetailsService(users, DemoMode.of(true)).loadUserByUsername("officer").isEnabled())
                .isTrue();
        assertThat(new AppUserDetailsService(users, DemoMode.of(false)).loadUserByUsername("officer").isEnabled())
                .isFalse();
        AppUser real = newOfficer("real-user", "a-real-password");
        assertThat(new AppUserDetailsService(users, DemoMode.of(false)).loadUserByUsername("real-user").isEnabled())
                .isTrue();
        assertThat(real.isDemoAccount()).isFalse();
    }
}
