package com.jixiao.notification;

import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The {@code notification} table. Every insert names a dedup key and skips a recipient who already has it
 * ({@code ON CONFLICT DO NOTHING} on the unique key), so two application nodes sending the same reminder at the same
 * time, or a job run twice, deliver it once.
 */
@Repository
@RequiredArgsConstructor
class NotificationStore {

    /** How many notifications the list page shows, newest first. */
    static final int PAGE = 200;

    private final JdbcTemplate jdbc;

    /** A notification as the list shows it. */
    record Item(Long id, String kind, String title, String body, String link, OffsetDateTime createdAt,
                boolean read) {
    }

    /** Sends to every enabled user of the department with the role; one statement whatever their number. */
    int toRole(Long departmentId, String role, String kind, Long sheetId, String title, String body, String link,
               String dedupKey) {
        return jdbc.update("""
                insert into notification (recipient_id, kind, sheet_id, title, body, link, dedup_key)
                select u.id, ?, ?, ?, ?, ?, ? from app_user u
                where u.department_id = ? and u.role = ? and u.enabled
                on conflict (recipient_id, dedup_key) do nothing""",
                kind, sheetId, title, body, link, dedupKey, departmentId, role);
    }

    long unread(Long userId) {
        Long count = jdbc.queryForObject(
                "select count(*) from notification where recipient_id = ? and read_at is null", Long.class, userId);
        return count == null ? 0 : count;
    }

    List<Item> latest(Long userId) {
        return jdbc.query("""
                select id, kind, title, body, link, created_at, read_at is not null from notification
                where recipient_id = ? order by created_at desc, id desc limit ?""",
                (rs, i) -> new Item(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getObject(6, OffsetDateTime.class), rs.getBoolean(7)), userId, PAGE);
    }

    /** @return false when the user has no such notification (someone else's is as missing as none) */
    boolean mark(Long userId, Long id, boolean read) {
        return jdbc.update("update notification set read_at = ? where id = ? and recipient_id = ?",
                read ? Timestamp.from(java.time.Instant.now()) : null, id, userId) == 1;
    }

    int markAllRead(Long userId) {
        return jdbc.update("update notification set read_at = now() where recipient_id = ? and read_at is null", userId);
    }
}
