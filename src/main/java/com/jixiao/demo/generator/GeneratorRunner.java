package com.jixiao.demo.generator;

import javax.sql.DataSource;
import lombok.RequiredArgsConstructor;
import lombok.extern.slf4j.Slf4j;
import org.springframework.beans.factory.annotation.Value;
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

    @Value("${jixiao.generate.projects}")
    private int projects;

    @Value("${jixiao.generate.departments:100}")
    private int departments;

    @Value("${jixiao.generate.year:2025}")
    private int year;

    @Value("${jixiao.generate.exit:false}")
    private boolean exit;

    @Override
    public void run(ApplicationArguments args) throws Exception {
        ProvinceDataGenerator.Result result = new ProvinceDataGenerator(dataSource).generate(departments, projects, year);
        String message = result.projects() == 0 ? "Province data for " + year + " already generated, nothing written"
                : String.format(
                        "Generated %d departments, %d projects, %d indicator rows for %d: %,d rows in %.1f s (%,d rows/s)",
                        result.departments(), result.projects(), result.indicatorRows(), year, result.rowsWritten(),
                        result.millis() / 1000.0, result.rowsPerSecond());
        log.info(message);
        System.out.println(message);
        if (exit) {
            System.exit(SpringApplication.exit(context, () -> 0));
        }
    }
}
