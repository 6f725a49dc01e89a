package com.jixiao.audit;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signature of one audit event: HMAC-SHA-256, under the {@link AuditKey}, over the event's
 * fields and the previous event's signature. Each field is written with its length (or -1 for
 * null), so that no two different events serialize to the same text. Without the key nobody can
 * compute a signature that verifies, so rows changed, removed or re-chained in the database show.
 */
final class AuditHash {

    /** The prev_hash of the first event. */
    static final String GENESIS = "0".repeat(64);

    private AuditHash() {
    }

    /** One stored event, exactly as the signature covers it. */
    record Fields(long id, Instant occurredAt, String username, String action, String entityType, String entityId,
                  Long departmentId, String beforeJson, String afterJson, String clientAddress, String prevHash) {

        private byte[] canonical() {
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
            return text.toString().getBytes(StandardCharsets.UTF_8);
        }
    }

    static String sign(byte[] key, Fields event) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(event.canonical()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JVM provides HmacSHA256", e);
        }
    }

    /**
     * The unkeyed SHA-256 of the first release's chain, which anyone with database access could
     * recompute. Used only to check that chain once before it is re-signed with the key.
     */
    static String legacySha256(Fields event) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(event.canonical()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JVM provides SHA-256", e);
        }
    }
}
