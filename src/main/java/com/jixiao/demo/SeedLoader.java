package com.jixiao.demo;

import com.jixiao.common.db.EmbeddedPostgresConfiguration.EmbeddedDatabase;
import java.io.IOException;
import java.io.InputStream;
import lombok.extern.slf4j.Slf4j;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Loads the demo data (the 2021 report of 承德市公安局高新技术产业开发区分局) at start-up.
 * {@code jixiao.seed.load}: {@code auto} (default) loads it only on the embedded database,
 * {@code true} loads it into any database (e.g. an external server), {@code false} never.
 */
@Slf4j
@Component
class SeedLoader implements ApplicationRunner {

    private static final String SEED_FILES = "classpath:seed/*.json";

    private final SeedImporter importer;
    private final SeedProperties.Load mode;
    private final boolean embedded;

    SeedLoader(SeedImporter importer, SeedProperties settings,
               ObjectProvider<EmbeddedDatabase> embeddedDatabase) {
        this.importer = importer;
        this.mode = settings.load();
        this.embedded = embeddedDatabase.getIfAvailable() != null;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        boolean load = switch (mode) {
            case TRUE -> true;
            case FALSE -> false;
            case AUTO -> embedded;
        };
        if (!load) {
            return;
        }
        JsonMapper mapper = JsonMapper.builder().build();
        for (Resource file : new PathMatchingResourcePatternResolver().getResources(SEED_FILES)) {
            try (InputStream in = file.getInputStream()) {
                importer.importDocument(mapper.readValue(in, SeedDocument.class));
            }
        }
    }
}
