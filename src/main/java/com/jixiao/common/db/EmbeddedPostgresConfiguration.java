package com.jixiao.common.db;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;
import lombok.extern.slf4j.Slf4j;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * The newcomer's database: with no {@code spring.datasource.url}, start a real PostgreSQL 17
 * in-process whose data lives under {@code jixiao.embedded-db.directory} (default {@code ./data/pg})
 * and survives restarts — and crashes: it runs with the durability a production server has (fsync,
 * synchronous commit, full page writes), not the test library's defaults, which lost acknowledged
 * saves when PostgreSQL was killed. {@link EmbeddedDataFolder} keeps one application on one folder
 * and port; after start the server is asked which folder it serves and how durable it is, and
 * start-up is refused unless that is this folder, fully durable.
 *
 * <p>Migrations run as {@link DatabaseRoles#OWNER}, the application as {@link DatabaseRoles#APP}.
 * With a URL configured this class does nothing and Spring Boot's own datasource configuration
 * applies.
 */
@Slf4j
@Configuration(proxyBeanMethods = false)
@Conditional(NoDatasourceUrlCondition.class)
public class EmbeddedPostgresConfiguration {

    /** Settings a user's database must have; checked on the running server after start. */
    static final Map<String, String> DURABILITY = Map.of("fsync", "on", "synchronous_commit", "on",
            "full_page_writes", "on");

    /** Marker bean: its presence means the app runs on its own embedded database (demo mode). */
    public record EmbeddedDatabase(String jdbcUrl, Path directory, int port) {
    }

    /** The folder, locked for this application until the context closes (after PostgreSQL stops). */
    @Bean(destroyMethod = "close")
    EmbeddedDataFolder embeddedDataFolder(EmbeddedDatabaseProperties settings) {
        return EmbeddedDataFolder.claim(settings.directory());
    }

    // Spring closes this bean after the DataSource that depends on it; zonky's own JVM shutdown
    // hook would stop PostgreSQL while the pool is still closing its connections.
    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(EmbeddedDataFolder folder, EmbeddedDatabaseProperties settings)
            throws IOException {
        folder.stopStaleServer();
        int chosen = folder.choosePort(settings.port());
        log.info("Starting embedded PostgreSQL in {} on port {} (psql -h localhost -p {} -U postgres)",
                folder.directory(), chosen, chosen);
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(folder.directory())
                .setCleanDataDirectory(false)
                .setRegisterShutdownHook(false)
                .setPort(chosen)
                // The default 4 prices random reads for spinning disks: on a 500-project 汇总表 the
                // planner then hashes all 50,000 sheets of the year (8.6 ms) instead of using the
                // project index (2.6 ms). 1.1 is the usual setting for SSDs and cached data.
                .setServerConfig("random_page_cost", "1.1")
                // Only this machine talks to it.
                .setServerConfig("listen_addresses", "localhost");
        // zonky passes -F (fsync off) and the tests' synchronous_commit=off; these come later on the
        // command line and win.
        DURABILITY.forEach(builder::setServerConfig);
        EmbeddedPostgres postgres = builder.start();
        try {
            checkServesThisFolder(postgres, folder.directory());
        } catch (RuntimeException e) {
            postgres.close();
            throw e;
        }
        return postgres;
    }

    /** Refuses a server on our port that is not ours (another data folder) or not durable. */
    private static void checkServesThisFolder(EmbeddedPostgres postgres, Path directory) {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("select name, setting from pg_settings where name in "
                     + "('data_directory', 'fsync', 'synchronous_commit', 'full_page_writes')")) {
            Map<String, String> settings = new LinkedHashMap<>();
            while (rs.next()) {
                settings.put(rs.getString(1), rs.getString(2));
            }
            Path served = Path.of(settings.get("data_directory")).toRealPath();
            if (!served.equals(directory)) {
                throw new EmbeddedDatabaseRefusedException("端口 " + postgres.getPort() + " 上的 PostgreSQL 服务的是"
                        + "另一个数据目录（" + served + "），不是 " + directory + "：拒绝在别人的数据上运行。");
            }
            DURABILITY.forEach((name, expected) -> {
                if (!expected.equals(settings.get(name))) {
                    throw new EmbeddedDatabaseRefusedException("嵌入式数据库的 " + name + " 为 " + settings.get(name)
                            + "，已确认的保存在崩溃时可能丢失：拒绝启动。");
                }
            });
        } catch (SQLException e) {
            throw new IllegalStateException("cannot inspect the embedded PostgreSQL", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Bean
    EmbeddedDatabase embeddedDatabase(EmbeddedPostgres postgres, EmbeddedDataFolder folder) {
        // Local connections are trusted (initdb -A trust): the roles separate rights, the passwords
        // (the role names) are not secrets.
        DatabaseRoles.prepare(postgres.getPostgresDatabase(), DatabaseRoles.OWNER, DatabaseRoles.APP);
        // Without ?user=: each datasource names its role, a user in the URL would override it.
        return new EmbeddedDatabase("jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres",
                folder.directory(), postgres.getPort());
    }

    /** The pool settings of {@code spring.datasource.hikari.*} apply here as to an external database. */
    @Bean(destroyMethod = "close")
    @Primary
    @ConfigurationProperties("spring.datasource.hikari")
    DataSource dataSource(EmbeddedDatabase database) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(database.jdbcUrl());
        dataSource.setUsername(DatabaseRoles.APP);
        dataSource.setPassword(DatabaseRoles.APP);
        dataSource.setMaximumPoolSize(10);
        dataSource.setPoolName("jixiao-embedded");
        return dataSource;
    }

    /** Migrations as the schema owner; one connection for the few seconds they take, no pool. */
    @Bean
    @FlywayDataSource
    DataSource flywayDataSource(EmbeddedDatabase database) {
        return new SimpleDriverDataSource(new org.postgresql.Driver(),
                database.jdbcUrl(), DatabaseRoles.OWNER, DatabaseRoles.OWNER);
    }
}
