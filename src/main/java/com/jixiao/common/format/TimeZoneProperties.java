package com.jixiao.common.format;

import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import java.time.ZoneId;

/**
 * @param timeZone every time a page shows (审核记录, 审计日志, …) is in this zone, and filters by date use its
 *                 calendar days. An unknown zone stops start-up rather than showing wrong times later.
 */
@Validated
@ConfigurationProperties("jixiao")
public record TimeZoneProperties(@NotNull @DefaultValue("Asia/Shanghai") ZoneId timeZone) {
}
