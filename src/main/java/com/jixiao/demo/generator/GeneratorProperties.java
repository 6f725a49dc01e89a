package com.jixiao.demo.generator;

import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Province-scale data for benchmarks (bench/run.sh); nothing is generated unless {@code projects} is set.
 *
 * @param projects    projects to generate across all departments
 * @param departments departments to spread them over
 * @param year        the year of the generated sheets
 * @param exit        stop the application once the data is written
 */
@Validated
@ConfigurationProperties("jixiao.generate")
public record GeneratorProperties(@Min(1) Integer projects,
                                  @Min(1) @DefaultValue("100") int departments,
                                  @Min(2000) @DefaultValue("2025") int year,
                                  @DefaultValue("false") boolean exit) {
}
