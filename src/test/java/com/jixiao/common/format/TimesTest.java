package com.jixiao.common.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

/** The time of issue 11's submit: 21:35 UTC is 05:35 the next morning in China, whatever zone the server runs in. */
class TimesTest {

    static final OffsetDateTime SUBMIT = OffsetDateTime.parse("2026-11-29T21:35:40Z");

    @Test
    void timesAreShownInTheConfiguredZone() {
        assertThat(new Times("Asia/Shanghai").minutes(SUBMIT)).isEqualTo("2026-11-30 05:35");
        assertThat(new Times("Asia/Shanghai").seconds(SUBMIT)).isEqualTo("2026-11-30 05:35:40");
        assertThat(new Times("UTC").minutes(SUBMIT)).isEqualTo("2026-11-29 21:35");
        assertThat(new Times("Asia/Urumqi").minutes(SUBMIT)).isEqualTo("2026-11-30 03:35");
        assertThat(new Times("Asia/Shanghai").minutes(null)).isEmpty();
    }

    @Test
    void anUnknownZoneStopsTheStartRatherThanShowingWrongTimes() {
        assertThatThrownBy(() -> new Times("China/Beijing")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("jixiao.time-zone");
    }
}
