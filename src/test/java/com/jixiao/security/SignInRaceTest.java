package com.jixiao.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.jixiao.support.IntegrationTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The lockout race of issue 12, replayed with real threads against the real server (Tomcat on a random port):
 * 40 simultaneous HTTP Basic requests on a fresh account, 39 wrong passwords and the right one. Before the fix
 * all 39 were checked, the right one got 200 and the failure count started again.
 */
class SignInRaceTest extends IntegrationTest {

    private static final int REQUESTS = 40;
    private static final int RIGHT = 20;

    @LocalServerPort int port;
    @Autowired AppUserRepository users;
    @Autowired PasswordEncoder encoder;
    @Autowired JdbcTemplate jdbc;

    @Test
    void fortySimultaneousAttemptsCheckAtMostFivePasswordsAndTheLockHolds() throws Exception {
        String username = "race-" + System.nanoTime() % 1_000_000;
        String password = "Richtiges-Passwort-42";
        AppUser user = new AppUser(username, encoder.encode(password), "并发测试", Role.OFFICER);
        user.assign(Role.OFFICER, users.findByUsername("officer").orElseThrow().getDepartmentId(), false, Set.of());
        users.save(user);

        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        CyclicBarrier start = new CyclicBarrier(REQUESTS);
        ExecutorService threads = Executors.newFixedThreadPool(REQUESTS);
        List<Future<Integer>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < REQUESTS; i++) {
                String attempt = i == RIGHT ? password : "falsch-" + i;
                answers.add(threads.submit(() -> {
                    start.await();
                    return me(client, username, attempt).statusCode();
                }));
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get());
            }
            assertThat(statuses).allMatch(status -> status == 200 || status == 401);
            assertThat(statuses.stream().filter(status -> status == 200).count()).isLessThanOrEqualTo(1);
        } finally {
            threads.shutdownNow();
        }

        // At most five passwords were checked (failures + the right one); every other attempt was refused unchecked.
        long failures = audit(username, "LOGIN_FAILURE");
        long successes = audit(username, "LOGIN_SUCCESS");
        long refused = audit(username, "LOGIN_REFUSED");
        assertThat(failures + successes).isLessThanOrEqualTo(LoginAttempts.MAX_FAILURES);
        assertThat(failures + successes + refused).isEqualTo(REQUESTS);
        assertThat(audit(username, "ACCOUNT_LOCKED")).isEqualTo(1);

        // The count did not start again: the account stays locked from this address, whatever the password.
        HttpResponse<String> after = me(client, username, password);
        assertThat(after.statusCode()).isEqualTo(401);
        assertThat(after.body()).contains(LoginAttempts.FAILURE_MESSAGE);
        assertThat(jdbc.queryForObject("select failures from sign_in_throttle where throttle_key = ?", Integer.class,
                LoginAttempts.pairKey(username, "127.0.0.1"))).isGreaterThanOrEqualTo(REQUESTS - LoginAttempts.MAX_FAILURES);
    }

    private HttpResponse<String> me(HttpClient client, String username, String password) throws Exception {
        String basic = Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/me"))
                .header("Authorization", "Basic " + basic).timeout(Duration.ofSeconds(60)).GET().build();
        return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private long audit(String username, String action) {
        return jdbc.queryForObject("select count(*) from audit_event where username = ? and action = ?", Long.class,
                username, action);
    }
}
