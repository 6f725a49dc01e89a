package com.jixiao.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.SqlParameterValue;

/**
 * The stored chain: how an event is appended and read back. Shared by {@link AuditTrail} (every
 * change), {@link AuditVerifier} and the migration that re-signed the first release's events, so
 * that there is one definition of what a stored event is.
 */
final class AuditChain {

    static final String COLUMNS = "id, occurred_at, username, action, entity_type, entity_id, department_id, "
            + "before_json, after_json, client_address, prev_hash, hash";

    /** An event as stored: the signed fields and the signature. */
    record Stored(AuditHash.Fields fields, String hash) {
    }

    /** The newest event's id and signature, as the head row records them. */
    record Head(long lastId, String lastHash, long legacyMaxId) {
    }

    private AuditChain() {
    }

    static Stored read(ResultSet rs) throws SQLException {
        return new Stored(new AuditHash.Fields(rs.getLong("id"),
                rs.getObject("occurred_at", OffsetDateTime.class).toInstant(), rs.getString("username"),
                rs.getString("action"), rs.getString("entity_type"), rs.getString("entity_id"),
                rs.getObject("department_id", Long.class), rs.getString("before_json"), rs.getString("after_json"),
                rs.getString("client_address"), rs.getString("prev_hash")), rs.getString("hash"));
    }

    static Head head(JdbcTemplate jdbc, boolean lock) {
        return jdbc.queryForObject("select last_id, last_hash, legacy_max_id from audit_chain_head where id = 1"
                        + (lock ? " for update" : ""),
                (rs, row) -> new Head(rs.getLong(1), rs.getString(2), rs.getLong(3)));
    }

    /**
     * Appends one event in the caller's transaction. The head row is locked first, so appends are
     * one at a time across application instances, and the id is the previous one plus one: a rolled
     * back change leaves no gap, and a gap means a deleted event.
     */
    static Stored append(JdbcTemplate jdbc, byte[] key, String username, String action, String entityType,
                         String entityId, Long departmentId, String beforeJson, String afterJson,
                         String clientAddress) {
        Head head = head(jdbc, true);
        // PostgreSQL keeps microseconds: sign exactly what is stored.
        Instant occurredAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        AuditHash.Fields fields = new AuditHash.Fields(head.lastId() + 1, occurredAt, username, action, entityType,
                entityId, departmentId, beforeJson, afterJson, clientAddress, head.lastHash());
        String hash = AuditHash.sign(key, fields);
        jdbc.update("insert into audit_event (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                fields.id(), OffsetDateTime.ofInstant(occurredAt, ZoneOffset.UTC), username, action, entityType,
                entityId, new SqlParameterValue(Types.BIGINT, departmentId), beforeJson, afterJson, clientAddress,
                fields.prevHash(), hash);
        jdbc.update("update audit_chain_head set last_hash = ?, last_id = ? where id = 1", hash, fields.id());
        return new Stored(fields, hash);
    }
}
