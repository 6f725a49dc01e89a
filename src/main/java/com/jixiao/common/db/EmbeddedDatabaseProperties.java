package com.jixiao.common.db;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import java.nio.file.Path;

/**
 * The embedded PostgreSQL, used when no {@code spring.datasource.url} is given (the newcomer's default).
 *
 * @param directory the data folder (created on first start, kept between starts, locked while running)
 * @param port      0: the port recorded beside the data folder ({@code pg.port}) if free, else any free port.
 *                  A fixed port must be free or start-up is refused: an instance never runs against a
 *                  PostgreSQL it did not start on its own folder.
 */
@Validated
@ConfigurationProperties("jixiao.embedded-db")
public record EmbeddedDatabaseProperties(@NotNull @DefaultValue("./data/pg") Path directory,
                                         @Min(0) @Max(65535) @DefaultValue("0") int port) {
}
