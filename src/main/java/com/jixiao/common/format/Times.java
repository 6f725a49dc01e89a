package com.jixiao.common.format;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * How times are shown, in one place and in one time zone ({@code jixiao.time-zone}, default Asia/Shanghai, where the
 * users are). The database keeps instants and Hibernate reads them back in UTC; a page that formatted them as read
 * showed a submit at 21:35 in 审核记录 and at 05:36 in 审计日志. Templates call this as {@code @times}.
 */
@Component("times")
public class Times {

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final ZoneId zone;

    @Autowired
    Times(TimeZoneProperties settings) {
        this(settings.timeZone());
    }

    public Times(ZoneId zone) {
        this.zone = zone;
    }

    public ZoneId zone() {
        return zone;
    }

    /** E.g. 2026-11-30 05:36; blank for null. */
    public String minutes(OffsetDateTime time) {
        return time == null ? "" : time.atZoneSameInstant(zone).format(MINUTES);
    }

    /** E.g. 2026-11-30 05:36:12; blank for null. */
    public String seconds(OffsetDateTime time) {
        return time == null ? "" : time.atZoneSameInstant(zone).format(SECONDS);
    }

    /** The first instant of a calendar day in the users' zone, for date filters. */
    public OffsetDateTime startOf(LocalDate day) {
        return day.atStartOfDay(zone).toOffsetDateTime();
    }
}
