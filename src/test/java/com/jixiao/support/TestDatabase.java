package com.jixiao.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The real PostgreSQL every test runs against, chosen once per JVM: the server named by
 * {@code SPRING_DATASOURCE_URL} if set, else a Testcontainers PostgreSQL 17 when a Docker engine
 * is reachable, else an embedded PostgreSQL 17 on a free port (our machines and CI have no Docker).
 */
public final class TestDatabase {

    private record Connection(String url, String username, String password, String origin) {
    }

    private static Connection connection;

    private TestDatabase() {
    }

    public static void register(DynamicPropertyRegistry registry) {
        Connection db = connection();
        registry.add("spring.datasource.url", db::url);
        registry.add("spring.datasource.username", db::username);
        registry.add("spring.datasource.password", db::password);
    }

    public static synchronized String origin() {
        return connection().origin();
    }

    private static synchronized Connection connection() {
        if (connection == null) {
            connection = start();
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
            return new Connection(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "postgres", "embedded");
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
