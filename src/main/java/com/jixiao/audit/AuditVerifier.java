package com.jixiao.audit;

import java.time.OffsetDateTime;
import java.util.Objects;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recomputes the hash chain of the whole audit trail in id order and names the first record that
 * does not hold: its content no longer matches its hash (changed), or its prev_hash does not match
 * the record before it (a record before it was removed or changed).
 */
@Service
@RequiredArgsConstructor
@Transactional(readOnly = true)
public class AuditVerifier {

    private final JdbcTemplate jdbc;

    public record Result(boolean intact, long checked, Long firstBrokenId, String problem) {

        public String describe() {
            return intact
                    ? "审计链完整：已校验 " + checked + " 条记录。"
                    : "审计链已损坏：第一条有问题的记录编号 " + firstBrokenId + "（" + problem + "）；此前 " + checked
                    + " 条记录校验通过。";
        }
    }

    public Result verify() {
        Chain chain = new Chain();
        jdbc.query("""
                select id, occurred_at, username, action, entity_type, entity_id, department_id, before_json,
                    after_json, client_address, prev_hash, hash
                from audit_event order by id
                """, (RowCallbackHandler) rs -> {
            if (chain.broken != null) {
                return;
            }
            long id = rs.getLong("id");
            String prevHash = rs.getString("prev_hash");
            String hash = rs.getString("hash");
            Long departmentId = rs.getObject("department_id") == null ? null : rs.getLong("department_id");
            String recomputed = AuditHash.of(id, rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                    rs.getString("username"), rs.getString("action"), rs.getString("entity_type"),
                    rs.getString("entity_id"), departmentId, rs.getString("before_json"), rs.getString("after_json"),
                    rs.getString("client_address"), prevHash);
            if (!prevHash.equals(chain.lastHash)) {
                chain.fail(id, "prev_hash 与上一条记录的 hash 不一致：其前的记录被删除或修改");
            } else if (!recomputed.equals(hash)) {
                chain.fail(id, "记录内容与其 hash 不一致：记录被修改");
            } else {
                chain.lastHash = hash;
                chain.lastId = id;
                chain.checked++;
            }
        });
        if (chain.broken == null) {
            String head = jdbc.queryForObject("select last_hash from audit_chain_head where id = 1", String.class);
            if (!Objects.equals(head, chain.lastHash)) {
                return new Result(false, chain.checked, chain.lastId,
                        "链头记录的 hash 与最后一条记录不一致：最后的记录被删除");
            }
            return new Result(true, chain.checked, null, null);
        }
        return new Result(false, chain.checked, chain.broken, chain.problem);
    }

    private static final class Chain {
        String lastHash = AuditHash.GENESIS;
        Long lastId;
        long checked;
        Long broken;
        String problem;

        void fail(long id, String why) {
            broken = id;
            problem = why;
        }
    }
}
