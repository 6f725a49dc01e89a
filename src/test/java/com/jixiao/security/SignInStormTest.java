package com.jixiao.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.jixiao.common.web.DatabaseOutage;
import com.jixiao.support.TestDatabase;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Deadline morning's sign-in storm (issue 17.5), through the real server: more simultaneous sign-ins than the node
 * checks at once. Here one check at a time and a 100 ms wait bound, so that a burst of 16 must overflow; each sign-in
 * either gets in or is asked in Chinese to try again — never a 500, never the database-outage 503 — and a sign-in that
 * got no turn is not counted as a failed attempt. Its own application context (the gate is sized at start-up), on
 * the shared test database.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"jixiao.seed.load=false", "jixiao.demo-users=true", "jixiao.sign-in.concurrency=1",
                "jixiao.sign-in.max-wait=100ms"})
class SignInStormTest {

    private static final int BURST = 16;
    private static final String PASSWORD = "Sturm-Passwort-2026";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    @LocalServerPort int port;
    @Autowired AppUserRepository users;
    @Autowired PasswordEncoder encoder;
    @Autowired JdbcTemplate jdbc;

    private final String prefix = "storm" + System.nanoTime() % 1_000_000 + "-";

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry);
    }

    @BeforeEach
    void officers() {
        String hash = encoder.encode(PASSWORD);
        Long department = users.findByUsername("officer").orElseThrow().getDepartmentId();
        for (int i = 0; i < BURST; i++) {
            AppUser user = new AppUser(prefix + i, hash, "填报人" + i, Role.OFFICER);
            user.assign(Role.OFFICER, department, false, Set.of());
            users.save(user);
        }
    }

    @Test
    void aBurstOfSignInsQueuesAndTheOverflowIsAskedToRetryInChinese() throws Exception {
        List<String> landed = burst((i, go) -> {
            HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                    .connectTimeout(Duration.ofSeconds(10)).build();
            HttpResponse<String> page = browser.send(request("/login").GET().build(), utf8());
            Matcher token = CSRF.matcher(page.body());
            assertThat(token.find()).isTrue();
            go.await();
            String form = "username=" + prefix + i + "&password=" + PASSWORD + "&_csrf="
                    + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
            HttpResponse<String> signIn = browser.send(request("/login")
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), utf8());
            assertThat(signIn.statusCode()).as(signIn.body()).isEqualTo(302);
            String location = signIn.headers().firstValue("Location").orElseThrow();
            if (location.equals("/login?busy")) {
                HttpResponse<String> retry = browser.send(request(location).GET().build(), utf8());
                assertThat(retry.statusCode()).isEqualTo(200);
                assertThat(retry.body()).contains(SignInGate.BUSY_MESSAGE).doesNotContain(LoginAttempts.FAILURE_MESSAGE);
            }
            return location;
        });

        assertThat(landed).allMatch(location -> location.equals("/") || location.equals("/login?busy"));
        long in = landed.stream().filter("/"::equals).count();
        assertThat(in).as("the first in the queue gets in").isPositive();
        assertThat(in).as("16 checks in 100 ms, one at a time: some must wait too long").isLessThan(BURST);
        assertNothingCountedButTheSignIns(in);
    }

    @Test
    void theApiAnswersTheBurstsOverflowWithA503InChineseAndRetryAfter() throws Exception {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        List<HttpResponse<String>> answers = burst((i, go) -> {
            HttpRequest me = request("/api/v1/me").header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((prefix + i + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8))).GET().build();
            go.await();
            return client.send(me, utf8());
        });

        assertThat(answers).allSatisfy(answer -> {
            assertThat(answer.statusCode()).as(answer.body()).isIn(200, 503);
            assertThat(answer.body()).doesNotContain(DatabaseOutage.MESSAGE);
        });
        List<HttpResponse<String>> busy = answers.stream().filter(answer -> answer.statusCode() == 503).toList();
        assertThat(busy).isNotEmpty().allSatisfy(answer -> {
            assertThat(answer.body()).contains(SignInGate.BUSY_MESSAGE);
            assertThat(answer.headers().firstValue("Retry-After")).hasValue("5");
        });
        assertNothingCountedButTheSignIns(BURST - busy.size());
    }

    /** The ones that got in are audited as sign-ins; the others left no failure, no count, no lock. */
    private void assertNothingCountedButTheSignIns(long signedIn) {
        assertThat(jdbc.queryForObject("select count(*) from audit_event where username like ? and action = 'LOGIN_SUCCESS'",
                Long.class, prefix + "%")).isEqualTo(signedIn);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where username like ? and action <> 'LOGIN_SUCCESS'",
                Long.class, prefix + "%")).isZero();
        assertThat(jdbc.queryForObject("select coalesce(sum(failures), 0) from sign_in_throttle where throttle_key like ?",
                Long.class, "p:" + prefix + "%")).isZero();
    }

    /** The i-th sign-in: prepares, waits at {@code go} for all the others, then sends. */
    private interface Attempt<T> {
        T run(int i, CyclicBarrier go) throws Exception;
    }

    /** All at once, released by a barrier; the answers in order. */
    private <T> List<T> burst(Attempt<T> attempt) throws Exception {
        CyclicBarrier start = new CyclicBarrier(BURST);
        ExecutorService threads = Executors.newFixedThreadPool(BURST);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < BURST; i++) {
                int n = i;
                Callable<T> call = () -> attempt.run(n, start);
                futures.add(threads.submit(call));
            }
            List<T> answers = new ArrayList<>();
            for (Future<T> future : futures) {
                answers.add(future.get(120, TimeUnit.SECONDS));
            }
            return answers;
        } finally {
            threads.shutdownNow();
        }
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).timeout(Duration.ofSeconds(60));
    }

    private static HttpResponse.BodyHandler<String> utf8() {
        return HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8);
    }
}
