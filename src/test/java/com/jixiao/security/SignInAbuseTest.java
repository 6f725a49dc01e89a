package com.jixiao.security;

import static com.jixiao.support.ClientAddress.from;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jixiao.support.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Sign-in abuse through the real filter chain (issue 12): one answer for unknown names, wrong passwords and
 * locks; a stranger's failures lock only his own address; an address or a name that keeps failing is backed
 * off; the password rules; passwords of any length and old BCrypt hashes.
 */
class SignInAbuseTest extends IntegrationTest {

    private static final AtomicInteger SEQ = new AtomicInteger();

    @Autowired MockMvc mvc;
    @Autowired AppUserRepository users;
    @Autowired PasswordEncoder encoder;
    @Autowired JdbcTemplate jdbc;
    @Autowired UserDetailsService userDetails;

    String newOfficer(String password) {
        String username = "abuse" + SEQ.incrementAndGet() + "x" + System.nanoTime() % 100000;
        AppUser user = new AppUser(username, encoder.encode(password), "攻击测试", Role.OFFICER);
        user.assign(Role.OFFICER, users.findByUsername("officer").orElseThrow().getDepartmentId(), false, Set.of());
        users.save(user);
        return username;
    }

    /** @return where the sign-in sent the browser: "/" when it succeeded, "/login?error" when not */
    String signIn(String username, String password, String address) throws Exception {
        return mvc.perform(post("/login").with(csrf()).with(from(address))
                .param("username", username).param("password", password)).andReturn().getResponse().getRedirectedUrl();
    }

    String messageAfter(String username, String password, String address) throws Exception {
        MvcResult result = mvc.perform(post("/login").with(csrf()).with(from(address))
                .param("username", username).param("password", password)).andReturn();
        MockHttpSession session = (MockHttpSession) result.getRequest().getSession();
        String html = mvc.perform(get("/login").param("error", "").session(session)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        return Jsoup.parse(html).select("#login-error").text();
    }

    @Test
    void unknownNamesWrongPasswordsAndLocksGetTheSameAnswer() throws Exception {
        String real = newOfficer("Richtig-Passwort-1");
        String unknown = "nobody-" + SEQ.incrementAndGet();
        String address = "192.0.2.31";
        for (int i = 0; i < LoginAttempts.MAX_FAILURES; i++) {
            assertThat(messageAfter(real, "wrong-" + i, address)).isEqualTo(LoginAttempts.FAILURE_MESSAGE);
            assertThat(messageAfter(unknown, "wrong-" + i, address)).isEqualTo(LoginAttempts.FAILURE_MESSAGE);
        }
        // Before the fix: "账户已锁定：连续 5 次密码错误…" for the real name, "用户名或密码错误。" for the unknown one.
        assertThat(messageAfter(real, "wrong-x", address)).isEqualTo(LoginAttempts.FAILURE_MESSAGE);
        assertThat(messageAfter(unknown, "wrong-x", address)).isEqualTo(LoginAttempts.FAILURE_MESSAGE);
        assertThat(messageAfter(real, "Richtig-Passwort-1", address)).isEqualTo(LoginAttempts.FAILURE_MESSAGE);
        mvc.perform(get("/api/v1/me").with(httpBasic(unknown, "x")).with(from(address)))
                .andExpect(status().isUnauthorized()).andExpect(jsonPath("$.message").value(LoginAttempts.FAILURE_MESSAGE));
        mvc.perform(get("/api/v1/me").with(httpBasic(real, "x")).with(from(address)))
                .andExpect(status().isUnauthorized()).andExpect(jsonPath("$.message").value(LoginAttempts.FAILURE_MESSAGE));
        // A disabled account answers alike, even with its right password.
        AppUser disabled = users.findByUsername(newOfficer("Richtig-Passwort-2")).orElseThrow();
        disabled.disable();
        users.save(disabled);
        assertThat(messageAfter(disabled.getUsername(), "Richtig-Passwort-2", "192.0.2.32"))
                .isEqualTo(LoginAttempts.FAILURE_MESSAGE);
    }

    @Test
    void aStrangerLocksOnlyHisOwnAddressNotTheOwner() throws Exception {
        String owner = newOfficer("Eigentümer-Passwort-1");
        for (int i = 0; i < 10; i++) {
            signIn(owner, "guess-" + i, "203.0.113.9");
        }
        assertThat(signIn(owner, "Eigentümer-Passwort-1", "203.0.113.9")).isEqualTo("/login?error");
        // Before the fix five anonymous requests locked the account for everybody.
        assertThat(signIn(owner, "Eigentümer-Passwort-1", "198.51.100.7")).isEqualTo("/");
    }

    @Test
    void oneAddressTryingManyNamesIsBackedOffForAllNames() throws Exception {
        String address = "192.0.2.77";
        for (int i = 0; i <= LoginAttempts.ADDRESS_FREE_FAILURES; i++) {
            signIn("spray-" + SEQ.incrementAndGet(), "Passw0rd!", address);
        }
        String real = newOfficer("Richtig-Passwort-3");
        assertThat(signIn(real, "Richtig-Passwort-3", address)).isEqualTo("/login?error");
        assertThat(jdbc.queryForObject("select count(*) from audit_event where username = ? and action = 'LOGIN_REFUSED'",
                Long.class, real)).isEqualTo(1);
        assertThat(signIn(real, "Richtig-Passwort-3", "192.0.2.78")).isEqualTo("/");
    }

    @Test
    void manyAddressesGuessingOneNameAreBackedOffButNotTheOwnersKnownAddress() throws Exception {
        String owner = newOfficer("Eigentümer-Passwort-2");
        assertThat(signIn(owner, "Eigentümer-Passwort-2", "198.51.100.50")).isEqualTo("/");
        for (int i = 0; i <= LoginAttempts.NAME_FREE_FAILURES; i++) {
            signIn(owner, "guess-" + i, "203.0.113." + (100 + i));
        }
        // A new address is backed off now (the right password is not even checked) …
        assertThat(signIn(owner, "Eigentümer-Passwort-2", "203.0.113.200")).isEqualTo("/login?error");
        // … the address the owner signed in from before is not.
        assertThat(signIn(owner, "Eigentümer-Passwort-2", "198.51.100.50")).isEqualTo("/");
    }

    @Test
    void passwordRulesCountCharactersAndRefuseWeakOnesBesideTheField() throws Exception {
        var admin = userDetails.loadUserByUsername("admin");
        Long department = users.findByUsername("officer").orElseThrow().getDepartmentId();
        String[][] weak = {
                {"aaaaaaaaaaaa", "同一字符的重复"},
                {"1234567890", "至少 12 个字符"},
                {"123456789012", "连续的字母、数字"},
                {"password1234", "常见密码"},
                {"woaini1314520", "常见密码"},
                {"asdfghjklzxc", "键盘序列"},
                {"rules-user-secret!", "不能包含用户名"},
                {"短密码", "至少 12 个字符（汉字、字母、数字、符号各计 1 个），现为 3 个"},
        };
        for (String[] sample : weak) {
            String html = mvc.perform(post("/admin/users/new").with(user(admin)).with(csrf())
                    .param("username", "rules-user").param("displayName", "规则测试").param("role", "OFFICER")
                    .param("departmentId", department.toString()).param("password", sample[0]).param("enabled", "true"))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
            Document page = Jsoup.parse(html);
            assertThat(page.select("#password + .field-error").text()).as(sample[0]).contains(sample[1]);
            assertThat(page.select("input[name=username]").val()).isEqualTo("rules-user");
        }
        assertThat(users.findByUsername("rules-user")).isEmpty();

        // Thirty Chinese characters are 90 bytes, beyond BCrypt's 72: before the fix a 500, now a usable password.
        String chinese = "春眠不觉晓处处闻啼鸟夜来风雨声花落知多少白日依山尽黄河入海流欲穷";
        mvc.perform(post("/admin/users/new").with(user(admin)).with(csrf())
                        .param("username", "chinese-pw").param("displayName", "中文密码").param("role", "OFFICER")
                        .param("departmentId", department.toString()).param("password", chinese).param("enabled", "true"))
                .andExpect(status().is3xxRedirection());
        assertThat(signIn("chinese-pw", chinese, "192.0.2.90")).isEqualTo("/");
        // Only the whole password opens it: the first 24 characters (the 72 bytes BCrypt would read) do not.
        assertThat(signIn("chinese-pw", chinese.substring(0, 24), "192.0.2.90")).isEqualTo("/login?error");
        assertThat(signIn("chinese-pw", chinese + "多", "192.0.2.90")).isEqualTo("/login?error");
        assertThat(users.findByUsername("chinese-pw").orElseThrow().getPasswordHash()).startsWith("{bcrypt-sha256}$2");
    }

    @Test
    void passwordsHashedBeforeTheDigestStillSignIn() throws Exception {
        // As the demo accounts of a database from the previous release: plain BCrypt, no prefix.
        String username = newOfficer("placeholder-password");
        AppUser user = users.findByUsername(username).orElseThrow();
        user.changePasswordHash(new BCryptPasswordEncoder().encode("jixiao-demo"));
        users.save(user);
        assertThat(signIn(username, "jixiao-demo", "192.0.2.91")).isEqualTo("/");
        assertThat(signIn(username, "jixiao-demo" + "很".repeat(30), "192.0.2.91")).isEqualTo("/login?error");
    }
}
