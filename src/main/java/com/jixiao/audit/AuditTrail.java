package com.jixiao.audit;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.dao.support.DataAccessUtils;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.jpa.EntityManagerFactoryInfo;
import org.springframework.orm.jpa.JpaDialect;
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
 * chain stays linear and its ids consecutive even with several application instances. An event joins the caller's
 * transaction: a change that rolls back leaves no event behind. The caller's own changes are written first, so the
 * head row stays locked only for the event and the commit.
 */
@Service
@Transactional(readOnly = true)
public class AuditTrail {

    private final JdbcTemplate jdbc;
    private final JsonMapper json;
    private final AuditKey key;
    private final EntityManager entityManager;
    private final JpaDialect jpaDialect;

    AuditTrail(JdbcTemplate jdbc, AuditKey key, EntityManager entityManager, EntityManagerFactory entityManagerFactory) {
        this.jdbc = jdbc;
        this.key = key;
        this.json = JsonMapper.builder().build();
        this.entityManager = entityManager;
        // The translation the transaction manager applies at commit: a stale row is the same
        // ObjectOptimisticLockingFailureException the controllers already answer with a conflict page.
        this.jpaDialect = ((EntityManagerFactoryInfo) entityManagerFactory).getJpaDialect();
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
        String beforeJson = toJson(before);
        String afterJson = toJson(after);
        flushPendingChanges();
        AuditChain.append(jdbc, key.secret(), username, action, entityType,
                entityId == null ? null : entityId.toString(), departmentId, beforeJson, afterJson,
                clientAddress());
    }

    /**
     * Writes the caller's pending JPA changes (a sheet save: hundreds of rows) before the chain's head row is locked.
     * Hibernate would write them at commit, i.e. while this transaction holds the head row, and every other append of
     * every node would wait for them (measured: waiters in 33 % of samples on deadline day, 95 % with two nodes).
     * Now the lock covers the event's insert, the head's update and the commit.
     */
    private void flushPendingChanges() {
        try {
            entityManager.flush();
        } catch (RuntimeException e) {
            throw DataAccessUtils.translateIfNecessary(e, jpaDialect);
        }
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
