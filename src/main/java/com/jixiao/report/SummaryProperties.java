package com.jixiao.report;

import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param rowsCacheMb     memory for rendered 汇总表 rows (MB); 0 keeps nothing
 * @param annualListLimit the annual overview lists at most this many projects on the page; the export has all
 */
@Validated
@ConfigurationProperties("jixiao.summary")
public record SummaryProperties(@Min(0) @DefaultValue("32") long rowsCacheMb,
                                @Min(1) @DefaultValue("10000") int annualListLimit) {
}
