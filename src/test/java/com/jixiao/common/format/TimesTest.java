package com.jixiao.common.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** The time of issue 11's submit: 21:35 UTC is 05:35 the next morning in China, whatever zone the server runs in. */
class TimesTest {

    static final OffsetDateTime SUBMIT = OffsetDateTime.parse("2026-11-29T21:35:40Z");

    @Test
    void timesAreShownInTheConfiguredZone() {
        assertThat(new Times(ZoneId.of("Asia/Shanghai")).minutes(SUBMIT)).isEqualTo("2026-11-30 05:35");
        assertThat(new Times(ZoneId.of("Asia/Shanghai")).seconds(SUBMIT)).isEqualTo("2026-11-30 05:35:40");
        assertThat(new Times(ZoneId.of("UTC")).minutes(SUBMIT)).isEqualTo("2026-11-29 21:35");
        assertThat(new Times(ZoneId.of("Asia/Urumqi")).minutes(SUBMIT)).isEqualTo("2026-11-30 03:35");
        assertThat(new Times(ZoneId.of("Asia/Shanghai")).minutes(null)).isEmpty();
    }
}
