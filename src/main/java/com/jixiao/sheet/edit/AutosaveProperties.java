package com.jixiao.sheet.edit;

import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMax;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param autosaveInterval how often the editor saves a draft while the officer types (the page sends it only when
 *                         something changed since the last save). At least 1 s (tests use a few seconds), at most
 *                         an hour: longer would defeat the point of saving while typing.
 */
@Validated
@ConfigurationProperties("jixiao.editor")
public record AutosaveProperties(@DurationMin(seconds = 1) @DurationMax(hours = 1) @DefaultValue("60s")
                                 Duration autosaveInterval) {
}
