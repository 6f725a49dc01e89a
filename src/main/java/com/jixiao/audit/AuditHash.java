package com.jixiao.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * SHA-256 over an event's fields and the previous event's hash. Each field is written with its
 * length (or -1 for null), so that no two different events serialize to the same text.
 */
final class AuditHash {

    /** The prev_hash of the first event. */
    static final String GENESIS = "0".repeat(64);

    private AuditHash() {
    }

    static String of(long id, Instant occurredAt, String username, String action, String entityType,
                     String entityId, Long departmentId, String beforeJson, String afterJson,
                     String clientAddress, String prevHash) {
        StringBuilder text = new StringBuilder();
        for (String field : new String[] {Long.toString(id), occurredAt.toString(), username, action, entityType,
                entityId, departmentId == null ? null : departmentId.toString(), beforeJson, afterJson,
                clientAddress, prevHash}) {
            text.append(field == null ? "-1" : Integer.toString(field.length())).append(':');
            if (field != null) {
                text.append(field);
            }
            text.append('|');
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM provides SHA-256", e);
        }
    }
}
