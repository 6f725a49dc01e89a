package com.jixiao.common.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The newcomer's embedded database holds a user's real records: an acknowledged save survives
 * PostgreSQL being killed, one instance never runs on another's server or folder, a server left by a
 * killed application is not silently reused, and an outage answers 503 in Chinese and heals itself.
 * Every case runs the whole application as {@code ./mvnw spring-boot:run} does, through real HTTP.
 */
class EmbeddedDatabaseTest {

    private static final String OFFICER = "officer2";
    private static final String PASSWORD = "jixiao-demo";

    @TempDir
    Path folder;

    @Test
    void everyAcknowledgedSaveSurvivesPostgresBeingKilledMidBurst() throws Exception {
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        try (RunningApp app = RunningApp.start(folder)) {
            long departmentId = app.jdbc().queryForObject(
                    "select department_id from app_user where username = ?", Long.class, OFFICER);
            AtomicBoolean killed = new AtomicBoolean();
            ExecutorService officers = Executors.newFixedThreadPool(8);
            List<Future<?>> running = new ArrayList<>();
            for (int officer = 0; officer < 8; officer++) {
                int number = officer;
                // Signed in one after another: the sign-in throttle counts simultaneous attempts of one name and
                // address before any of them succeeds.
                RunningApp.Browser browser = app.browser();
                browser.signIn(OFFICER, PASSWORD);
                String csrf = browser.csrf("/projects/new");
                running.add(officers.submit(() -> {
                    for (int i = 0; !killed.get(); i++) {
                        String name = "崩溃演练项目-" + number + "-" + i;
                        HttpResponse<String> answer;
                        try {
                            answer = browser.post("/projects", Map.of("_csrf", csrf,
                                    "departmentId", Long.toString(departmentId), "fiscalYear", "2026",
                                    "name", name));
                        } catch (IOException e) {
                            return null;
                        }
                        // "已保存": the post-redirect-get to the saved project.
                        if (answer.statusCode() == 302 && answer.headers().firstValue("Location").orElse("")
                                .contains("saved")) {
                            acknowledged.add(name);
                        }
                    }
                    return null;
                }));
            }
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
            while (acknowledged.size() < 150 && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            killAll(app.folder.resolve("pg"));
            killed.set(true);
            for (Future<?> officer : running) {
                officer.get(60, TimeUnit.SECONDS);
            }
            officers.shutdown();
        }

        try (RunningApp restarted = RunningApp.start(folder)) {
            List<String> found = restarted.jdbc().queryForList(
                    "select name from project where name like '崩溃演练项目-%'", String.class);
            assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(150);
            assertThat(found).containsAll(acknowledged);
        }
    }

    @Test
    void twoInstancesSideBySideEachRunOnTheirOwnServerAndData() throws Exception {
        Path first = Files.createDirectories(folder.resolve("first"));
        Path second = Files.createDirectories(folder.resolve("second"));
        try (RunningApp a = RunningApp.start(first); RunningApp b = RunningApp.start(second)) {
            assertThat(a.databasePort()).isNotEqualTo(b.databasePort());
            assertThat(superuser(a).queryForObject("show data_directory", String.class))
                    .isEqualTo(first.resolve("pg").toRealPath().toString());
            assertThat(superuser(b).queryForObject("show data_directory", String.class))
                    .isEqualTo(second.resolve("pg").toRealPath().toString());

            a.jdbc().update("update department set name = name || '（甲）' where name = '示例部门'");
            assertThat(b.jdbc().queryForList("select name from department", String.class))
                    .noneMatch(name -> name.contains("（甲）"));

            // A third instance on a folder in use, and one told to use a port in use, are refused.
            assertThatThrownBy(() -> RunningApp.start(first))
                    .hasStackTraceContaining("正由另一个 Jixiao 实例使用");
            Path third = Files.createDirectories(folder.resolve("third"));
            assertThatThrownBy(() -> RunningApp.start(third, "--jixiao.embedded-db.port=" + a.databasePort()))
                    .hasStackTraceContaining("端口 " + a.databasePort() + " 已被其他程序占用");
            assertThat(a.jdbc().queryForObject("select count(*) from department where name like '%（甲）'",
                    Long.class)).isOne();
        }
    }

    @Test
    void theServerOfAKilledApplicationIsStoppedNotReused() throws Exception {
        Path pg = folder.resolve("pg");
        // An application killed with kill -9 leaves its PostgreSQL running on the folder.
        Process app = startInAnotherJvm();
        try {
            waitUntilAnswering(pg);
        } finally {
            app.destroyForcibly().waitFor();
        }
        long orphan = postmasterPid(pg);
        assertThat(ProcessHandle.of(orphan).map(ProcessHandle::isAlive)).contains(true);

        try (RunningApp restarted = RunningApp.start(folder)) {
            assertThat(ProcessHandle.of(orphan).map(ProcessHandle::isAlive).orElse(false)).isFalse();
            assertThat(postmasterPid(pg)).isNotEqualTo(orphan);
            assertThat(restarted.jdbc().queryForObject("select count(*) from app_user where username = ?", Long.class,
                    OFFICER)).isOne();
            assertThat(restarted.browser().signIn(OFFICER, PASSWORD).headers().firstValue("Location"))
                    .hasValueSatisfying(location -> assertThat(location).doesNotContain("error"));
        }
    }

    @Test
    void anOutageAnswers503InChineseQuicklyAndHealsWithoutRestart() throws Exception {
        try (RunningApp app = RunningApp.start(folder)) {
            RunningApp.Browser browser = app.browser();
            assertThat(browser.signIn(OFFICER, PASSWORD).headers().firstValue("Location"))
                    .hasValueSatisfying(location -> assertThat(location).doesNotContain("error"));
            assertThat(browser.get("/actuator/health/readiness").statusCode()).isEqualTo(200);
            // A stranger opened the sign-in page before the outage (its token lives in the session, in the database).
            RunningApp.Browser stranger = app.browser();
            String token = stranger.csrf("/login");
            int port = app.databasePort();
            app.context.getBean(EmbeddedPostgres.class).close();

            // The load balancer takes the node out (not ready), the orchestrator does not restart it (alive).
            HttpResponse<String> readiness = browser.get("/actuator/health/readiness");
            assertThat(readiness.statusCode()).isEqualTo(503);
            assertThat(readiness.body()).isEqualTo("{\"status\":\"DOWN\"}");
            assertThat(browser.get("/actuator/health/liveness").statusCode()).isEqualTo(200);

            long start = System.nanoTime();
            HttpResponse<String> page = browser.get("/projects");
            assertThat(page.statusCode()).isEqualTo(503);
            assertThat(page.body()).contains("系统暂时无法访问数据库，请稍后再试").doesNotContain("Exception");
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));

            HttpResponse<String> signIn = stranger.post("/login", Map.of("username", OFFICER, "password", PASSWORD,
                    "_csrf", token));
            assertThat(signIn.statusCode()).isEqualTo(503);
            assertThat(signIn.body()).contains("系统暂时无法访问数据库").doesNotContain("用户名或密码错误");
            // Sessions live in the database: a new visitor's sign-in page cannot hold its token now, and says why.
            HttpResponse<String> newcomer = app.browser().get("/login");
            assertThat(newcomer.statusCode()).isEqualTo(503);
            assertThat(newcomer.body()).contains("系统暂时无法访问数据库");

            HttpResponse<String> api = browser.getApi("/api/v1/me", OFFICER, PASSWORD);
            assertThat(api.statusCode()).isEqualTo(503);
            assertThat(api.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).contains("application/json"));
            assertThat(api.body()).contains("系统暂时无法访问数据库").doesNotContain("需要登录");

            try (EmbeddedPostgres back = EmbeddedPostgres.builder().setDataDirectory(folder.resolve("pg"))
                    .setCleanDataDirectory(false).setRegisterShutdownHook(false).setPort(port).start()) {
                // The pool reconnects on its own; on a loaded machine the first attempt may still time out.
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
                int status = browser.get("/projects").statusCode();
                while (status == 503 && System.nanoTime() < deadline) {
                    Thread.sleep(500);
                    status = browser.get("/projects").statusCode();
                }
                assertThat(status).isEqualTo(200);
                assertThat(browser.get("/actuator/health/readiness").statusCode()).isEqualTo(200);
                assertThat(stranger.signIn(OFFICER, PASSWORD).headers().firstValue("Location"))
                        .hasValueSatisfying(location -> assertThat(location).doesNotContain("error"));
                assertThat(browser.getApi("/api/v1/me", OFFICER, PASSWORD).statusCode()).isEqualTo(200);
            }
        }
    }

    private static JdbcTemplate superuser(RunningApp app) {
        return new JdbcTemplate(new DriverManagerDataSource("jdbc:postgresql://localhost:" + app.databasePort()
                + "/postgres", "postgres", "postgres"));
    }

    /** kill -9 of the postmaster and every backend at once: shared memory and unwritten buffers are gone. */
    private static void killAll(Path pg) throws IOException {
        ProcessHandle postmaster = ProcessHandle.of(postmasterPid(pg)).orElseThrow();
        List<ProcessHandle> all = new ArrayList<>(postmaster.descendants().toList());
        all.add(postmaster);
        all.forEach(ProcessHandle::destroyForcibly);
        all.forEach(process -> process.onExit().join());
    }

    private static long postmasterPid(Path pg) throws IOException {
        return Long.parseLong(Files.readAllLines(pg.resolve("postmaster.pid"), StandardCharsets.UTF_8).get(0).trim());
    }

    private Process startInAnotherJvm() throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), "com.jixiao.JixiaoApplication",
                "--server.port=0", "--jixiao.embedded-db.directory=" + folder.resolve("pg"),
                "--jixiao.audit.key-file=" + folder.resolve("audit-hmac.key"), "--jixiao.seed.load=false")
                .redirectErrorStream(true).redirectOutput(folder.resolve("other-jvm.log").toFile()).start();
    }

    /** Until the other JVM's application has started (its log says so). */
    private void waitUntilAnswering(Path pg) throws Exception {
        Path log = folder.resolve("other-jvm.log");
        for (int i = 0; i < 1800; i++) {
            if (Files.exists(log) && Files.readString(log).contains("Started JixiaoApplication")) {
                assertThat(pg.resolve("postmaster.pid")).exists();
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the other JVM did not start: " + Files.readString(log));
    }
}
