package com.jixiao.demo.generator;

import javax.sql.DataSource;
import lombok.RequiredArgsConstructor;
import lombok.extern.slf4j.Slf4j;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * {@code --jixiao.generate.projects=50000}: fill the database with a province-scale year of
 * fictional data at start-up (see README "Performance"), print rows/s, and with
 * {@code --jixiao.generate.exit=true} stop afterwards.
 */
@Slf4j
@Component
@Order(100)
@RequiredArgsConstructor
@ConditionalOnProperty("jixiao.generate.projects")
class GeneratorRunner implements ApplicationRunner {

    private final DataSource dataSource;
    private final ConfigurableApplicationContext context;

    private final GeneratorProperties settings;

    @Override
    public void run(ApplicationArguments args) throws Exception {
        int year = settings.year();
        ProvinceDataGenerator.Result result = new ProvinceDataGenerator(dataSource)
                .generate(settings.departments(), settings.projects(), year);
        String message = result.projects() == 0 ? "Province data for " + year + " already generated, nothing written"
                : String.format(
                        "Generated %d departments, %d projects, %d indicator rows for %d: %,d rows in %.1f s (%,d rows/s)",
                        result.departments(), result.projects(), result.indicatorRows(), year, result.rowsWritten(),
                        result.millis() / 1000.0, result.rowsPerSecond());
        log.info(message);
        System.out.println(message);
        if (settings.exit()) {
            System.exit(SpringApplication.exit(context, () -> 0));
        }
    }
}
