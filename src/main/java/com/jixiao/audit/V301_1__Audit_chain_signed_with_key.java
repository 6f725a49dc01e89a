package com.jixiao.audit;

import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.stereotype.Component;

/**
 * Re-signs the events the first release wrote (chained by plain SHA-256, which anyone with database
 * access could recompute) with the audit key, after checking that their old chain is intact: a
 * chain that was already tampered with is not laundered into a valid one, the migration stops with
 * the first broken event instead. Runs as the schema owner, the only role that may lift the
 * append-only trigger for this one rewrite; the rewrite itself is recorded as the next event.
 */
@Component
class V301_1__Audit_chain_signed_with_key extends BaseJavaMigration {

    private final AuditKey key;

    V301_1__Audit_chain_signed_with_key(AuditKey key) {
        this.key = key;
    }

    @Override
    public void migrate(Context context) {
        JdbcTemplate jdbc = new JdbcTemplate(new SingleConnectionDataSource(context.getConnection(), true));
        List<AuditChain.Stored> events = jdbc.query("select " + AuditChain.COLUMNS + " from audit_event order by id",
                (rs, row) -> AuditChain.read(rs));
        String legacyHead = checkLegacyChain(events);
        if (events.isEmpty()) {
            return;
        }
        byte[] secret = key.secret();
        jdbc.execute("alter table audit_event disable trigger audit_event_no_update");
        String prev = AuditHash.GENESIS;
        List<Object[]> updates = new ArrayList<>();
        for (AuditChain.Stored event : events) {
            AuditHash.Fields f = event.fields();
            AuditHash.Fields resigned = new AuditHash.Fields(f.id(), f.occurredAt(), f.username(), f.action(),
                    f.entityType(), f.entityId(), f.departmentId(), f.beforeJson(), f.afterJson(), f.clientAddress(),
                    prev);
            prev = AuditHash.sign(secret, resigned);
            updates.add(new Object[] {resigned.prevHash(), prev, f.id()});
        }
        jdbc.batchUpdate("update audit_event set prev_hash = ?, hash = ? where id = ?", updates);
        jdbc.execute("alter table audit_event enable trigger audit_event_no_update");
        long lastId = events.get(events.size() - 1).fields().id();
        jdbc.update("update audit_chain_head set last_hash = ?, last_id = ?, legacy_max_id = ? where id = 1",
                prev, lastId, lastId);
        AuditChain.append(jdbc, secret, "system", "AUDIT_CHAIN_KEYED", "AuditChain", null, null, null,
                "{\"events\":" + events.size() + ",\"unkeyedHead\":\"" + legacyHead + "\",\"keyFingerprint\":\""
                        + key.fingerprint() + "\"}", null);
    }

    /** The old chain's head, or a refusal naming the first event that does not hold. */
    private static String checkLegacyChain(List<AuditChain.Stored> events) {
        String prev = AuditHash.GENESIS;
        for (AuditChain.Stored event : events) {
            if (!event.fields().prevHash().equals(prev) || !AuditHash.legacySha256(event.fields()).equals(event.hash())) {
                throw new FlywayException("审计链在升级前已损坏（第一条有问题的记录编号 " + event.fields().id()
                        + "），不能用密钥重新签名。请保留此数据库以备调查；演示数据库可删除 data/ 目录后重新启动。"
                        + " / The audit chain was broken before this upgrade (first broken event "
                        + event.fields().id() + "); it is not re-signed.");
            }
            prev = event.hash();
        }
        return prev;
    }
}
