package com.jixiao.audit;

import com.jixiao.common.metrics.JixiaoMeters;
import java.util.List;
import java.util.Objects;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Checks the whole audit trail in id order with the key and names the first event that does not
 * hold: an id missing (deleted), a prev_hash that is not the previous event's signature (an event
 * before it removed or changed), a signature that does not match its content (changed, or re-chained
 * by someone without the key), or a head that is not the newest event (the newest ones deleted). A
 * head printed earlier on a report or export can be checked against the chain too: a later rewrite
 * cannot keep that event's signature.
 */
@Service
@RequiredArgsConstructor
public class AuditVerifier {

    private final JdbcTemplate jdbc;
    private final AuditKey key;
    private final JixiaoMeters meters;

    /** The chain head as printed on exports and reports: the newest event's id and signature. */
    public record Head(long id, String hash) {

        /** Short enough to print and compare by eye; 64 bits of the signature. */
        public String printed() {
            return "第 " + id + " 条 · " + hash.substring(0, 8) + " " + hash.substring(8, 16);
        }
    }

    public record Result(boolean intact, long checked, Long firstBrokenId, String problem, Head head) {

        public String describe() {
            return intact
                    ? "审计链完整：已校验 " + checked + " 条记录。" + (head == null ? "" : "链头：" + head.printed() + "。")
                    : "审计链已损坏：第一条有问题的记录编号 " + firstBrokenId + "（" + problem + "）；此前 " + checked
                    + " 条记录校验通过。";
        }
    }

    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public Result verify() {
        return verify(null);
    }

    /**
     * As {@link #verify()}, and also checks that an earlier printed head (its id and the first
     * characters of its signature, spaces ignored) is still in the chain unchanged.
     */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public Result verify(PrintedHead printed) {
        long started = System.nanoTime();
        Result result = walk(printed);
        meters.auditVerified(result.intact(), started, result.checked());
        return result;
    }

    private Result walk(PrintedHead printed) {
        AuditChain.Head head = AuditChain.head(jdbc, false);
        byte[] secret = key.secret();
        Walk walk = new Walk();
        jdbc.query("select " + AuditChain.COLUMNS + " from audit_event order by id", (RowCallbackHandler) rs -> {
            if (walk.broken != null) {
                return;
            }
            AuditChain.Stored event = AuditChain.read(rs);
            long id = event.fields().id();
            long expectedId = walk.lastId == null ? 1 : walk.lastId + 1;
            boolean gapAllowed = walk.lastId == null ? id <= head.legacyMaxId()
                    : walk.lastId < head.legacyMaxId();
            if (id != expectedId && !gapAllowed) {
                walk.fail(id, "记录编号 " + expectedId + (id - expectedId > 1 ? "–" + (id - 1) : "")
                        + " 缺失：记录被删除");
            } else if (!event.fields().prevHash().equals(walk.lastHash)) {
                walk.fail(id, "prev_hash 与上一条记录的签名不一致：其前的记录被删除或修改");
            } else if (!AuditHash.sign(secret, event.fields()).equals(event.hash())) {
                walk.fail(id, "记录内容与其签名不一致：记录被修改，或由没有审计密钥的人重新计算");
            } else {
                if (printed != null && printed.id() == id) {
                    walk.printedFound = printed.matches(event.hash());
                }
                walk.lastHash = event.hash();
                walk.lastId = id;
                walk.checked++;
            }
        });
        if (walk.broken != null) {
            return new Result(false, walk.checked, walk.broken, walk.problem, null);
        }
        long lastId = walk.lastId == null ? 0 : walk.lastId;
        if (head.lastId() != lastId || !Objects.equals(head.lastHash(), walk.lastHash)) {
            return new Result(false, walk.checked, head.lastId(),
                    "链头记录为第 " + head.lastId() + " 条，与最后一条记录（第 " + lastId + " 条）不一致：最后的记录被删除",
                    null);
        }
        if (printed != null && !walk.printedFound) {
            return new Result(false, walk.checked, printed.id(),
                    "打印的链头（" + printed.text() + "）与数据库中的记录不一致：链在打印之后被改写", null);
        }
        return new Result(true, walk.checked, null, null, lastId == 0 ? null : new Head(lastId, walk.lastHash));
    }

    /**
     * Only the newest event against the key and the head: cheap enough for every start, and enough
     * to notice a lost or replaced key file before new events are signed with it.
     */
    @Transactional(readOnly = true)
    public Result verifyNewest() {
        AuditChain.Head head = AuditChain.head(jdbc, false);
        if (head.lastId() == 0) {
            return new Result(true, 0, null, null, null);
        }
        List<AuditChain.Stored> newest = jdbc.query("select " + AuditChain.COLUMNS + " from audit_event where id = ?",
                (rs, row) -> AuditChain.read(rs), head.lastId());
        if (newest.isEmpty() || !newest.get(0).hash().equals(head.lastHash())) {
            return new Result(false, 0, head.lastId(), "链头记录不存在或与其签名不一致", null);
        }
        if (!AuditHash.sign(key.secret(), newest.get(0).fields()).equals(head.lastHash())) {
            return new Result(false, 0, head.lastId(), "最新的记录无法用当前审计密钥验证：密钥已更换或丢失，或记录被改写", null);
        }
        return new Result(true, 1, null, null, new Head(head.lastId(), head.lastHash()));
    }

    /** The newest event, for printing on reports and exports. */
    @Transactional(readOnly = true)
    public Head head() {
        AuditChain.Head head = AuditChain.head(jdbc, false);
        return new Head(head.lastId(), head.lastHash());
    }

    /** A head copied from paper: an id and the first hex digits of the signature (at least 8). */
    public record PrintedHead(long id, String hashPrefix) {

        /**
         * Reads a head as typed from paper (spaces ignored) or given on the command line.
         *
         * @throws IllegalArgumentException with a Chinese message naming what is wrong
         */
        public static PrintedHead parse(String id, String signature) {
            String digits = signature == null ? "" : signature.replaceAll("\\s", "").toLowerCase();
            if (id == null || !id.trim().matches("[0-9]{1,18}")) {
                throw new IllegalArgumentException("请填写打印件上的记录编号（数字）。");
            }
            if (!digits.matches("[0-9a-f]{8,64}")) {
                throw new IllegalArgumentException("请填写打印件上签名的前 8 至 64 位十六进制字符（0–9、a–f）。");
            }
            return new PrintedHead(Long.parseLong(id.trim()), digits);
        }

        boolean matches(String hash) {
            return hash.startsWith(hashPrefix);
        }

        String text() {
            return "第 " + id + " 条 · " + hashPrefix;
        }
    }

    private static final class Walk {
        String lastHash = AuditHash.GENESIS;
        Long lastId;
        long checked;
        Long broken;
        String problem;
        boolean printedFound;

        void fail(long id, String why) {
            broken = id;
            problem = why;
        }
    }
}
