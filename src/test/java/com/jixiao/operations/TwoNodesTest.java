package com.jixiao.operations;

import static org.assertj.core.api.Assertions.assertThat;

import com.jixiao.JixiaoApplication;
import com.jixiao.department.DepartmentRepository;
import com.jixiao.project.ProjectRepository;
import com.jixiao.demo.DemoAccounts;
import com.jixiao.sheet.ScoreSheetRepository;
import com.jixiao.sheet.edit.FormPage;
import com.jixiao.support.TestDatabase;
import com.jixiao.support.TestSheets;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two application nodes on one database, as behind a round-robin load balancer without stickiness
 * (bench/two-nodes.sh does the same with HAProxy): signed in on node A, the session cookie works on node B,
 * a form rendered by A (its CSRF token) is saved through B, A shows what B saved, and signing out on B ends
 * the session on A. The same nodes answer the probes and count Jixiao's own work for Prometheus.
 */
class TwoNodesTest {

    static ConfigurableApplicationContext nodeA;
    static ConfigurableApplicationContext nodeB;
    final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void startTwoNodes() {
        nodeA = start();
        nodeB = start();
    }

    @AfterAll
    static void stop() {
        if (nodeB != null) {
            nodeB.close();
        }
        if (nodeA != null) {
            nodeA.close();
        }
    }

    static ConfigurableApplicationContext start() {
        List<String> arguments = new ArrayList<>(List.of("--server.port=0", "--jixiao.seed.load=false",
                "--jixiao.demo-users=true", "--logging.level.root=warn"));
        Map<String, Object> database = new LinkedHashMap<>();
        TestDatabase.register((name, value) -> database.put(name, value.get()));
        database.forEach((name, value) -> arguments.add("--" + name + "=" + value));
        return new SpringApplicationBuilder(JixiaoApplication.class).run(arguments.toArray(String[]::new));
    }

    static String base(ConfigurableApplicationContext node) {
        return "http://localhost:" + ((WebServerApplicationContext) node).getWebServer().getPort();
    }

    @Test
    void aSessionStartedOnOneNodeSavesThroughTheOther() throws Exception {
        Long sheet = TestSheets.newDraft(nodeA.getBean(TransactionTemplate.class),
                nodeA.getBean(DepartmentRepository.class), nodeA.getBean(ProjectRepository.class),
                nodeA.getBean(ScoreSheetRepository.class), DemoAccounts.EXAMPLE_DEPARTMENT);
        String a = base(nodeA);
        String b = base(nodeB);

        HttpResponse<String> login = get(a + "/login", null);
        String cookie = sessionCookie(login, null);
        HttpResponse<String> signedIn = post(a + "/login", cookie, Map.of("username", "officer2",
                "password", DemoAccounts.PASSWORD, "_csrf", csrf(login.body())));
        assertThat(signedIn.headers().firstValue("Location")).hasValue("/");
        cookie = sessionCookie(signedIn, cookie);

        // Node B knows the session node A started.
        HttpResponse<String> homeOnB = get(b + "/", cookie);
        assertThat(homeOnB.statusCode()).isEqualTo(200);

        // The form node A rendered (its CSRF token included) is saved through node B.
        HttpResponse<String> formOnA = get(a + "/sheets/" + sheet + "/edit", cookie);
        assertThat(formOnA.statusCode()).isEqualTo(200);
        Map<String, String> fields = new LinkedHashMap<>(FormPage.fields(Jsoup.parse(formOnA.body()), "#sheet-form"));
        String goal = "两节点保存 " + System.nanoTime();
        fields.put("expectedGoal", goal);
        fields.put("action", "save");
        HttpResponse<String> saved = post(b + "/sheets/" + sheet + "/edit", cookie, fields);
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
        assertThat(saved.headers().firstValue("Location").orElseThrow()).contains("/sheets/" + sheet + "/edit")
                .doesNotContain("login");

        // Node A shows what node B saved, and the database holds it.
        assertThat(get(a + "/sheets/" + sheet + "/edit", cookie).body()).contains(goal);
        assertThat(nodeA.getBean(JdbcTemplate.class).queryForObject(
                "select expected_goal from score_sheet where id = ?", String.class, sheet)).isEqualTo(goal);

        // Signing out on node B ends the session on node A too.
        HttpResponse<String> logout = post(b + "/logout", cookie, Map.of("_csrf", csrf(homeOnB.body())));
        assertThat(logout.headers().firstValue("Location")).hasValue("/login?logout");
        assertThat(get(a + "/", cookie).headers().firstValue("Location")).hasValue("/login");
    }

    @Test
    void probesAnswerAnyoneWithTheStatusOnly() throws Exception {
        for (String probe : List.of("/actuator/health/liveness", "/actuator/health/readiness")) {
            HttpResponse<String> health = get(base(nodeB) + probe, null);
            assertThat(health.statusCode()).as(probe).isEqualTo(200);
            assertThat(health.body()).as(probe).isEqualTo("{\"status\":\"UP\"}");
        }
        // The overall status names its probe groups, nothing about the database or the disk.
        assertThat(get(base(nodeB) + "/actuator/health", null).body()).contains("\"status\":\"UP\"")
                .doesNotContain("components", "details", "db");
        // Nothing else of actuator is open: the environment is not exposed, metrics need an administrator.
        assertThat(get(base(nodeB) + "/actuator/env", null).statusCode()).isEqualTo(401);
        assertThat(get(base(nodeB) + "/actuator/prometheus", null).statusCode()).isEqualTo(401);
        assertThat(basic(base(nodeB) + "/actuator/prometheus", "officer2").statusCode()).isEqualTo(403);
    }

    @Test
    void prometheusCountsJixiaosOwnWork() throws Exception {
        String a = base(nodeA);
        double failuresBefore = metric(a, "jixiao_sign_in_failures_total");
        double exportsBefore = metric(a, "jixiao_export_rows_count");
        double verificationsBefore = metric(a, "jixiao_audit_verification_seconds_count");

        HttpResponse<String> login = get(a + "/login", null);
        post(a + "/login", sessionCookie(login, null), Map.of("username", "officer2", "password", "wrong-password",
                "_csrf", csrf(login.body())));
        assertThat(basic(a + "/api/v1/audit/verify", "admin").statusCode()).isEqualTo(200);
        HttpResponse<String> auditorLogin = get(a + "/login", null);
        String auditor = sessionCookie(post(a + "/login", sessionCookie(auditorLogin, null), Map.of(
                "username", "auditor", "password", DemoAccounts.PASSWORD, "_csrf", csrf(auditorLogin.body()))), null);
        assertThat(get(a + "/exports/scores-2021.csv", auditor).statusCode()).isEqualTo(200);

        assertThat(metric(a, "jixiao_sign_in_failures_total")).isEqualTo(failuresBefore + 1);
        assertThat(metric(a, "jixiao_export_rows_count")).isEqualTo(exportsBefore + 1);
        assertThat(metric(a, "jixiao_audit_verification_seconds_count")).isEqualTo(verificationsBefore + 1);
        String scrape = basic(a + "/actuator/prometheus", "admin").body();
        assertThat(scrape).contains("jixiao_sheet_saves_total", "jixiao_sheet_submissions_total",
                "jixiao_scoring_seconds_count", "jixiao_export_seconds_count{", "hikaricp_connections_active",
                "http_server_requests_seconds_count");
    }

    /** The sum of a Prometheus metric's samples over all its labels, 0 when absent. */
    double metric(String base, String name) throws Exception {
        return basic(base + "/actuator/prometheus", "admin").body().lines()
                .filter(line -> line.startsWith(name + "{") || line.startsWith(name + " "))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))).sum();
    }

    HttpResponse<String> basic(String url, String username) throws Exception {
        String credentials = java.util.Base64.getEncoder().encodeToString((username + ":" + DemoAccounts.PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
        return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Basic " + credentials).build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> get(String url, String cookie) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30));
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String url, String cookie, Map<String, String> form) throws Exception {
        String body = form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Cookie", cookie).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The session cookie the response sets, else the one sent. */
    static String sessionCookie(HttpResponse<String> response, String sent) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .map(c -> c.substring(0, c.indexOf(';'))).reduce((first, last) -> last).orElse(sent);
    }

    static String csrf(String html) {
        return Jsoup.parse(html).select("input[name=_csrf]").first().val();
    }
}
