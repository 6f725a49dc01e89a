package com.jixiao.support;

import com.jixiao.common.db.DatabaseRoles;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The real PostgreSQL every test runs against, chosen once per JVM: the server named by
 * {@code SPRING_DATASOURCE_URL} if set (its user must be a superuser), else a Testcontainers
 * PostgreSQL 17 when a Docker engine is reachable, else an embedded PostgreSQL 17 on a free port (our
 * machines and CI have no Docker). As in production, the application connects as
 * {@link DatabaseRoles#APP} and migrates as {@link DatabaseRoles#OWNER}; tests that play the
 * database administrator use {@link #superuser()}.
 */
public final class TestDatabase {

    private static final String OWNER_PASSWORD = "jixiao-test-owner";
    private static final String APP_PASSWORD = "jixiao-test-app";

    private record Connection(String url, String username, String password, String origin) {
    }

    private static Connection connection;
    private static Path auditKeyFile;

    private TestDatabase() {
    }

    public static void register(DynamicPropertyRegistry registry) {
        Connection db = connection();
        registry.add("spring.datasource.url", db::url);
        registry.add("spring.datasource.username", () -> DatabaseRoles.APP);
        registry.add("spring.datasource.password", () -> APP_PASSWORD);
        registry.add("spring.flyway.user", () -> DatabaseRoles.OWNER);
        registry.add("spring.flyway.password", () -> OWNER_PASSWORD);
        registry.add("jixiao.audit.key-file", TestDatabase::auditKeyFile);
    }

    public static synchronized String origin() {
        return connection().origin();
    }

    /**
     * The database administrator: can do what the application's role cannot (and what an attacker
     * with that login could). One connection, so that session settings such as
     * {@code session_replication_role} hold for the next statements; destroy its data source after use.
     */
    public static synchronized JdbcTemplate superuser() {
        Connection db = connection();
        return new JdbcTemplate(new SingleConnectionDataSource(db.url(), db.username(), db.password(), true));
    }

    private static synchronized String auditKeyFile() {
        if (auditKeyFile == null) {
            try {
                // Created by the application itself on first start, like a newcomer's ./data/audit-hmac.key.
                auditKeyFile = Files.createTempDirectory("jixiao-audit-key").resolve("audit-hmac.key");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return auditKeyFile.toString();
    }

    private static synchronized Connection connection() {
        if (connection == null) {
            connection = start();
            DataSource superuser = new DriverManagerDataSource(connection.url(), connection.username(),
                    connection.password());
            DatabaseRoles.prepare(superuser, OWNER_PASSWORD, APP_PASSWORD);
        }
        return connection;
    }

    private static Connection start() {
        String url = System.getenv("SPRING_DATASOURCE_URL");
        if (url != null && !url.isBlank()) {
            return new Connection(url, System.getenv().getOrDefault("SPRING_DATASOURCE_USERNAME", "postgres"),
                    System.getenv().getOrDefault("SPRING_DATASOURCE_PASSWORD", ""), "SPRING_DATASOURCE_URL");
        }
        if (dockerAvailable()) {
            PostgreSQLContainer container = new PostgreSQLContainer("postgres:17");
            container.start();
            return new Connection(container.getJdbcUrl(), container.getUsername(), container.getPassword(),
                    "testcontainers");
        }
        try {
            // Stopped by zonky's shutdown hook when the test JVM exits; its data directory is temporary.
            EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
            // Without ?user=: a user in the URL would override the datasource's own user.
            return new Connection("jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres", "postgres",
                    "postgres", "embedded");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start embedded PostgreSQL for tests", e);
        }
    }

    private static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }
}
