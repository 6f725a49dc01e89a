package com.jixiao.common.db;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import lombok.extern.slf4j.Slf4j;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * The newcomer's database: with no {@code spring.datasource.url}, start a real PostgreSQL 17
 * in-process whose data lives under {@code jixiao.embedded-db.directory} (default {@code ./data/pg})
 * and survives restarts. With a URL configured this class does nothing and Spring Boot's own
 * datasource configuration applies.
 */
@Slf4j
@Configuration(proxyBeanMethods = false)
@Conditional(NoDatasourceUrlCondition.class)
public class EmbeddedPostgresConfiguration {

    /** Marker bean: its presence means the app runs on its own embedded database (demo mode). */
    public record EmbeddedDatabase(String jdbcUrl) {
    }

    // Spring closes this bean after the DataSource that depends on it; zonky's own JVM shutdown
    // hook would stop PostgreSQL while the pool is still closing its connections.
    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(@Value("${jixiao.embedded-db.directory:./data/pg}") Path directory,
                                      @Value("${jixiao.embedded-db.port:54329}") int port) throws IOException {
        Files.createDirectories(directory);
        log.info("Starting embedded PostgreSQL in {} on port {}", directory.toAbsolutePath(), port);
        return EmbeddedPostgres.builder()
                .setDataDirectory(directory)
                .setCleanDataDirectory(false)
                .setRegisterShutdownHook(false)
                .setPort(port)
                // The default 4 prices random reads for spinning disks: on a 500-project 汇总表 the
                // planner then hashes all 50,000 sheets of the year (8.6 ms) instead of using the
                // project index (2.6 ms). 1.1 is the usual setting for SSDs and cached data.
                .setServerConfig("random_page_cost", "1.1")
                .start();
    }

    @Bean
    EmbeddedDatabase embeddedDatabase(EmbeddedPostgres postgres) {
        return new EmbeddedDatabase(postgres.getJdbcUrl("postgres", "postgres"));
    }

    @Bean(destroyMethod = "close")
    DataSource dataSource(EmbeddedDatabase database) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(database.jdbcUrl());
        dataSource.setUsername("postgres");
        dataSource.setPassword("postgres");
        dataSource.setMaximumPoolSize(10);
        dataSource.setPoolName("jixiao-embedded");
        return dataSource;
    }
}
