package com.jixiao.operations;

import static org.assertj.core.api.Assertions.assertThat;

import com.jixiao.JixiaoApplication;
import com.jixiao.common.db.DatabaseRoles;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * bin/backup and bin/restore as an operator runs them: Jixiao fills a database (seed report, demo users, audit
 * events), bin/backup dumps it with its audit head and row counts, bin/restore puts it into a fresh database and
 * compares, and the application's own verifier (another JVM, {@code --jixiao.audit.verify --jixiao.audit.expect-head})
 * finds the restored chain intact up to the recorded head.
 *
 * <p>pg_dump must be at least the server's major version, and the embedded PostgreSQL bundle has no pg_dump: the
 * test runs a private PostgreSQL 15 from Debian's binaries (postgresql-15, installed by .ci/run) with its own
 * data folder and port, never the machine's cluster.
 */
class BackupRestoreTest {

    static final Path BIN = Path.of("/usr/lib/postgresql/15/bin");
    static Path folder;
    static int port;

    @BeforeAll
    static void startPostgres15() throws Exception {
        folder = Files.createTempDirectory("jixiao-backup");
        Path data = folder.resolve("pg15");
        Files.createDirectories(data);
        if (root()) {
            run(List.of("chown", "-R", "postgres", folder.toString()), Map.of());
        }
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        run(asPostgres(BIN.resolve("initdb").toString(), "-D", data.toString(), "-U", "postgres", "-A", "trust",
                "-E", "UTF8", "--no-locale"), Map.of());
        run(asPostgres(BIN.resolve("pg_ctl").toString(), "-D", data.toString(), "-w", "-l",
                folder.resolve("pg15.log").toString(), "-o", "-p " + port + " -k " + data
                        + " -c listen_addresses=localhost", "start"), Map.of());
    }

    @AfterAll
    static void stopPostgres15() throws Exception {
        if (folder != null) {
            run(asPostgres(BIN.resolve("pg_ctl").toString(), "-D", folder.resolve("pg15").toString(), "-m", "fast",
                    "stop"), Map.of());
        }
    }

    @Test
    void aBackupRestoresIntoAFreshDatabaseWithItsCountsAndAnIntactChain() throws Exception {
        new JdbcTemplate(superuser("postgres")).execute("create database jixiao");
        DatabaseRoles.prepare(superuser("jixiao"), "owner-password", "app-password");
        Path key = folder.resolve("audit-hmac.key");
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(JixiaoApplication.class)
                .run(appArguments("jixiao", key).toArray(String[]::new))) {
            // Sign-ins through the API, each one an audit event: a success, a failure, a success.
            int appPort = ((org.springframework.boot.web.server.context.WebServerApplicationContext) app).getWebServer()
                    .getPort();
            for (String password : List.of("jixiao-demo", "wrong-password", "jixiao-demo")) {
                String basic = java.util.Base64.getEncoder().encodeToString(("officer:" + password)
                        .getBytes(StandardCharsets.UTF_8));
                java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                                java.net.URI.create("http://localhost:" + appPort + "/api/v1/me"))
                        .header("Authorization", "Basic " + basic).build(),
                        java.net.http.HttpResponse.BodyHandlers.discarding());
            }
            assertThat(app.getBean(JdbcTemplate.class).queryForObject("select count(*) from audit_event", Long.class))
                    .isGreaterThanOrEqualTo(3);
        }

        Path backup = folder.resolve("backup");
        Map<String, String> env = Map.of("PGHOST", "localhost", "PGPORT", String.valueOf(port), "PGUSER", "postgres",
                "PGDATABASE", "jixiao");
        assertThat(run(List.of("bin/backup", backup.toString()), env)).contains("backup: ");
        String head = Files.readString(backup.resolve("audit-head.txt")).strip();
        assertThat(head).matches("[0-9]+:[0-9a-f]{64}");
        List<String> counts = Files.readAllLines(backup.resolve("counts.txt"));
        assertThat(counts).anyMatch(line -> line.matches("audit_event [1-9][0-9]*"))
                .anyMatch(line -> line.matches("indicator [1-9][0-9]*")).anyMatch(line -> line.startsWith("spring_session "));

        assertThat(run(List.of("bin/restore", backup.toString(), "jixiao_restored"), env))
                .contains("restore: jixiao_restored restored", "head " + head);
        assertThat(Files.readAllLines(backup.resolve("counts-restored.txt"))).isEqualTo(counts);
        // Never over an existing database.
        ProcessBuilder overwrite = new ProcessBuilder("bin/restore", backup.toString(), "jixiao_restored")
                .redirectErrorStream(true);
        overwrite.environment().putAll(env);
        Process again = overwrite.start();
        assertThat(new String(again.getInputStream().readAllBytes(), StandardCharsets.UTF_8)).contains("exists");
        assertThat(again.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(again.exitValue()).isEqualTo(2);

        // The restored chain verifies with the key, up to the head recorded at backup time.
        List<String> verify = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"), "-cp",
                System.getProperty("java.class.path"), JixiaoApplication.class.getName(), "--jixiao.audit.verify",
                "--jixiao.audit.expect-head=" + head));
        verify.addAll(appArguments("jixiao_restored", key));
        ProcessBuilder verifier = new ProcessBuilder(verify).redirectErrorStream(true)
                .redirectOutput(folder.resolve("verify.log").toFile());
        Process process = verifier.start();
        assertThat(process.waitFor(10, TimeUnit.MINUTES)).isTrue();
        String log = Files.readString(folder.resolve("verify.log"));
        assertThat(process.exitValue()).as(log).isZero();
        assertThat(log).contains("审计链完整");
    }

    List<String> appArguments(String database, Path key) {
        return List.of("--server.port=0", "--spring.datasource.url=jdbc:postgresql://localhost:" + port + "/" + database,
                "--spring.datasource.username=" + DatabaseRoles.APP, "--spring.datasource.password=app-password",
                "--spring.flyway.user=" + DatabaseRoles.OWNER, "--spring.flyway.password=owner-password",
                "--jixiao.audit.key-file=" + key, "--jixiao.seed.load=true", "--jixiao.demo-users=true",
                "--logging.level.root=warn");
    }

    DriverManagerDataSource superuser(String database) {
        return new DriverManagerDataSource("jdbc:postgresql://localhost:" + port + "/" + database, "postgres", "");
    }

    static boolean root() {
        return "root".equals(System.getProperty("user.name"));
    }

    /** Debian's initdb and postgres refuse to run as root: as root, they run as the postgres user. */
    static List<String> asPostgres(String... command) {
        List<String> line = new ArrayList<>();
        if (root()) {
            line.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        line.addAll(List.of(command));
        return line;
    }

    static String run(List<String> command, Map<String, String> env) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(env);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(process.exitValue()).as(String.join(" ", command) + "\n" + output).isZero();
        return output;
    }
}
