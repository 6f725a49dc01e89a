package com.jixiao.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param load whether the demo data (the 2021 seed report) is loaded at start-up
 */
@ConfigurationProperties("jixiao.seed")
public record SeedProperties(@DefaultValue("auto") Load load) {

    public enum Load {
        /** only on the embedded database (the newcomer's default) */
        AUTO,
        /** always (idempotent: an imported report is not imported twice) */
        TRUE,
        /** never */
        FALSE
    }
}
