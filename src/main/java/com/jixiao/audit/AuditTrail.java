package com.jixiao.audit;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import tools.jackson.databind.json.JsonMapper;

/**
 * The append-only audit trail: who did what to which record, when, from where, before → after.
 * Every event is signed together with the previous one's signature (HMAC, see {@link AuditHash} and
 * {@link AuditKey}); appends are serialized by locking the one-row {@code audit_chain_head}, so the
 * chain stays linear and its ids consecutive even with several application instances. An event joins the caller's transaction: a change that rolls
 * back leaves no event behind.
 */
@Service
@Transactional(readOnly = true)
public class AuditTrail {

    private final JdbcTemplate jdbc;
    private final JsonMapper json;
    private final AuditKey key;

    AuditTrail(JdbcTemplate jdbc, AuditKey key) {
        this.jdbc = jdbc;
        this.key = key;
        this.json = JsonMapper.builder().build();
    }

    /**
     * Records a change by the signed-in user.
     *
     * @param action     e.g. {@code SHEET_SAVED}; must not be null
     * @param entityType e.g. {@code ScoreSheet}
     * @param before     the record before the change, serialized to JSON; null for a creation
     * @param after      the record after the change; null for a deletion
     */
    @Transactional
    public void record(String action, String entityType, Object entityId, Object before, Object after) {
        record(action, entityType, entityId, null, before, after);
    }

    /** As {@link #record(String, String, Object, Object, Object)} for a record of one department. */
    @Transactional
    public void record(String action, String entityType, Object entityId, Long departmentId, Object before,
                       Object after) {
        append(currentUsername(), action, entityType, entityId, departmentId, before, after);
    }

    /** For events before anyone is signed in, e.g. a failed sign-in with the name that was tried. */
    @Transactional
    public void recordAs(String username, String action, String entityType, Object entityId, Long departmentId,
                         Object before, Object after) {
        append(username, action, entityType, entityId, departmentId, before, after);
    }

    private void append(String username, String action, String entityType, Object entityId, Long departmentId,
                        Object before, Object after) {
        AuditChain.append(jdbc, key.secret(), username, action, entityType,
                entityId == null ? null : entityId.toString(), departmentId, toJson(before), toJson(after),
                clientAddress());
    }

    private String toJson(Object value) {
        if (value == null) {
            return null;
        }
        return json.writeValueAsString(value);
    }

    private static String currentUsername() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || authentication instanceof AnonymousAuthenticationToken) {
            return "system";
        }
        return authentication.getName();
    }

    private static String clientAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return request.getRemoteAddr();
        }
        return null;
    }
}
