package com.jixiao.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jixiao.common.format.Times;
import com.jixiao.demo.DemoAccounts;
import com.jixiao.department.DepartmentRepository;
import com.jixiao.security.AppUser;
import com.jixiao.security.AppUserDetailsService;
import com.jixiao.security.AppUserRepository;
import com.jixiao.security.Role;
import com.jixiao.support.IntegrationTest;
import com.jixiao.support.TestDatabase;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

/** The trail is append-only in the database itself, and its hash chain exposes tampering. */
class AuditTrailTest extends IntegrationTest {

    @Autowired AuditTrail audit;
    @Autowired AuditVerifier verifier;
    @Autowired JdbcTemplate jdbc;
    @Autowired MockMvc mvc;
    @Autowired AppUserDetailsService userDetails;
    @Autowired AppUserRepository users;
    @Autowired DepartmentRepository departments;
    @Autowired PasswordEncoder encoder;
    @Autowired Times times;

    long recordOne(String marker) {
        audit.recordAs("audit-test", "TEST_EVENT", "Thing", marker, null, Map.of("value", "before " + marker),
                Map.of("value", "after " + marker));
        return jdbc.queryForObject("select id from audit_event where entity_id = ?", Long.class, marker);
    }

    @Test
    void eachEventIsChainedToThePreviousOne() {
        long first = recordOne("chain-1");
        long second = recordOne("chain-2");

        Map<String, Object> a = jdbc.queryForMap("select hash, after_json from audit_event where id = ?", first);
        Map<String, Object> b = jdbc.queryForMap("select prev_hash, hash from audit_event where id = ?", second);
        assertThat(b.get("prev_hash")).isEqualTo(a.get("hash"));
        assertThat((String) b.get("hash")).hasSize(64).isNotEqualTo(a.get("hash"));
        assertThat(a.get("after_json")).isEqualTo("{\"value\":\"after chain-1\"}");
        assertThat(jdbc.queryForObject("select last_hash from audit_chain_head", String.class))
                .isEqualTo(jdbc.queryForObject("select hash from audit_event order by id desc limit 1", String.class));
        assertThat(verifier.verify().intact()).isTrue();
    }

    @Test
    void theDatabaseRefusesUpdateDeleteAndTruncate() {
        long id = recordOne("append-only");

        // The application's role has no such rights at all ...
        assertThatThrownBy(() -> jdbc.update("update audit_event set username = 'mallory' where id = ?", id))
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("permission denied");
        assertThatThrownBy(() -> jdbc.update("delete from audit_event where id = ?", id))
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("permission denied");
        assertThatThrownBy(() -> jdbc.execute("truncate audit_event"))
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("permission denied");
        // ... and even a superuser meets the triggers unless switching them off.
        JdbcTemplate dba = TestDatabase.superuser();
        try {
            assertThatThrownBy(() -> dba.update("update audit_event set username = 'mallory' where id = ?", id))
                    .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("append-only");
            assertThatThrownBy(() -> dba.update("delete from audit_event where id = ?", id))
                    .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("append-only");
        } finally {
            ((org.springframework.jdbc.datasource.SingleConnectionDataSource) dba.getDataSource()).destroy();
        }
        assertThat(jdbc.queryForObject("select username from audit_event where id = ?", String.class, id))
                .isEqualTo("audit-test");
    }

    @Test
    void theApplicationsOwnRoleCannotSwitchOffTheProtections() {
        long id = recordOne("no-owner-rights");

        for (String sql : new String[] {"alter table audit_event disable trigger audit_event_no_update",
                "set session_replication_role = replica", "drop trigger audit_event_no_delete on audit_event",
                "delete from audit_chain_head", "truncate audit_chain_head"}) {
            assertThatThrownBy(() -> jdbc.execute(sql)).as(sql).isInstanceOf(DataAccessException.class);
        }
        assertThat(jdbc.queryForObject("select count(*) from audit_event where id = ?", Long.class, id)).isOne();
        assertThat(jdbc.queryForObject("select rolsuper from pg_roles where rolname = current_user", Boolean.class))
                .isFalse();
    }

    /**
     * What a database administrator (or anyone holding a superuser login) can do: switch the
     * triggers off, change, delete and re-chain events. Without the key the result never verifies.
     */
    @Nested
    class AsTheDatabaseSuperuser {

        final JdbcTemplate dba = TestDatabase.superuser();

        @AfterEach
        void restoreTheChain() {
            restore();
            ((org.springframework.jdbc.datasource.SingleConnectionDataSource) dba.getDataSource()).destroy();
        }

        void restore() {
            // Tests share one database: put every event back as it was, so the chain verifies again.
            dba.execute("set session_replication_role = replica");
            dba.execute("delete from audit_event where id > " + headBefore.lastId());
            saved.forEach(row -> dba.update("""
                    insert into audit_event (id, occurred_at, username, action, entity_type, entity_id, department_id,
                        before_json, after_json, client_address, prev_hash, hash)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    on conflict (id) do update set occurred_at = excluded.occurred_at, username = excluded.username,
                        action = excluded.action, entity_type = excluded.entity_type, entity_id = excluded.entity_id,
                        department_id = excluded.department_id, before_json = excluded.before_json,
                        after_json = excluded.after_json, client_address = excluded.client_address,
                        prev_hash = excluded.prev_hash, hash = excluded.hash""", row.get("id"), row.get("occurred_at"),
                    row.get("username"), row.get("action"), row.get("entity_type"), row.get("entity_id"),
                    row.get("department_id"), row.get("before_json"), row.get("after_json"), row.get("client_address"),
                    row.get("prev_hash"), row.get("hash")));
            dba.update("update audit_chain_head set last_id = ?, last_hash = ? where id = 1", headBefore.lastId(),
                    headBefore.lastHash());
            dba.execute("set session_replication_role = origin");
            assertThat(verifier.verify().intact()).isTrue();
        }

        AuditChain.Head headBefore;
        java.util.List<Map<String, Object>> saved;
        long victim;

        void threeEvents(String marker) {
            recordOne(marker + "-before");
            victim = recordOne(marker + "-victim");
            recordOne(marker + "-after");
            assertThat(verifier.verify().intact()).isTrue();
            headBefore = AuditChain.head(jdbc, false);
            saved = dba.queryForList("select * from audit_event where id >= ? order by id", victim);
        }

        @Test
        void anEditedEventIsNamed() {
            threeEvents("edit");
            dba.execute("alter table audit_event disable trigger audit_event_no_update");
            dba.update("update audit_event set after_json = '{\"value\":\"forged\"}' where id = ?", victim);
            dba.execute("alter table audit_event enable trigger audit_event_no_update");

            AuditVerifier.Result result = verifier.verify();
            assertThat(result.intact()).isFalse();
            assertThat(result.firstBrokenId()).isEqualTo(victim);
            assertThat(result.describe()).contains("第一条有问题的记录编号 " + victim, "记录被修改");
        }

        @Test
        void anEditedAndReChainedTrailIsNamedAtTheFirstEdit() {
            threeEvents("rechain");
            // Edit the victim and recompute every following hash the way the first release did (plain
            // SHA-256), and once more with a guessed key: neither verifies.
            for (byte[] guessedKey : new byte[][] {null, new byte[32]}) {
                rechainFrom(victim, "{\"value\":\"forged\"}", guessedKey);
                AuditVerifier.Result result = verifier.verify();
                assertThat(result.intact()).isFalse();
                assertThat(result.firstBrokenId()).isEqualTo(victim);
                assertThat(result.problem()).contains("没有审计密钥");
            }
        }

        @Test
        void aDeletedEventIsNamedEvenWhenTheRestIsReChained() {
            threeEvents("delete");
            dba.execute("set session_replication_role = replica");
            dba.update("delete from audit_event where id = ?", victim);
            dba.execute("set session_replication_role = origin");
            AuditVerifier.Result gap = verifier.verify();
            assertThat(gap.intact()).isFalse();
            assertThat(gap.firstBrokenId()).isEqualTo(victim + 1);
            assertThat(gap.problem()).contains("记录编号 " + victim + " 缺失");

            // Close the gap by moving every later event down by one and re-chaining: still caught.
            dba.execute("set session_replication_role = replica");
            for (Long id : dba.queryForList("select id from audit_event where id > ? order by id", Long.class, victim)) {
                dba.update("update audit_event set id = ? where id = ?", id - 1, id);
            }
            dba.execute("set session_replication_role = origin");
            rechainFrom(victim, null, null);
            AuditVerifier.Result rechained = verifier.verify();
            assertThat(rechained.intact()).isFalse();
            assertThat(rechained.firstBrokenId()).isEqualTo(victim);
        }

        @Test
        void theNewestEventsDeletedWithTheHeadMovedBackAreCaughtByThePrintedHead() {
            threeEvents("tail");
            AuditVerifier.Head printed = verifier.head();
            AuditVerifier.PrintedHead paper = new AuditVerifier.PrintedHead(printed.id(), printed.hash().substring(0, 16));
            assertThat(verifier.verify(paper).intact()).isTrue();

            long last = headBefore.lastId();
            Map<String, Object> previous = dba.queryForMap("select id, hash from audit_event where id = ?", last - 1);
            dba.execute("set session_replication_role = replica");
            dba.update("delete from audit_event where id = ?", last);
            dba.update("update audit_chain_head set last_id = ?, last_hash = ? where id = 1", previous.get("id"),
                    previous.get("hash"));
            dba.execute("set session_replication_role = origin");

            // The chain alone now looks whole; the head printed on paper does not.
            assertThat(verifier.verify().intact()).isTrue();
            AuditVerifier.Result result = verifier.verify(paper);
            assertThat(result.intact()).isFalse();
            assertThat(result.firstBrokenId()).isEqualTo(last);
            assertThat(result.describe()).contains("链在打印之后被改写");
        }

        /** Recomputes prev_hash and hash from {@code id} on, with plain SHA-256 (key null) or the given key. */
        void rechainFrom(long id, String newAfterJson, byte[] key) {
            dba.execute("set session_replication_role = replica");
            if (newAfterJson != null) {
                dba.update("update audit_event set after_json = ? where id = ?", newAfterJson, id);
            }
            String prev = dba.queryForObject("select hash from audit_event where id = ?", String.class, id - 1);
            for (Map<String, Object> row : dba.queryForList("select * from audit_event where id >= ? order by id", id)) {
                AuditHash.Fields fields = new AuditHash.Fields((Long) row.get("id"),
                        ((java.sql.Timestamp) row.get("occurred_at")).toInstant(), (String) row.get("username"),
                        (String) row.get("action"), (String) row.get("entity_type"), (String) row.get("entity_id"),
                        (Long) row.get("department_id"), (String) row.get("before_json"),
                        (String) row.get("after_json"), (String) row.get("client_address"), prev);
                String hash = key == null ? AuditHash.legacySha256(fields) : AuditHash.sign(key, fields);
                dba.update("update audit_event set prev_hash = ?, hash = ? where id = ?", prev, hash, fields.id());
                prev = hash;
            }
            Long last = dba.queryForObject("select max(id) from audit_event", Long.class);
            dba.update("update audit_chain_head set last_id = ?, last_hash = ? where id = 1", last, prev);
            dba.execute("set session_replication_role = origin");
        }
    }

    @Test
    void theVerifyPageChecksAHeadCopiedFromPaper() throws Exception {
        recordOne("paper-head");
        AuditVerifier.Head head = verifier.head();
        var auditor = user(userDetails.loadUserByUsername("auditor"));

        Document intact = Jsoup.parse(mvc.perform(get("/audit/verify").param("id", Long.toString(head.id()))
                        .param("hash", head.hash().substring(0, 8) + " " + head.hash().substring(8, 16)).with(auditor))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(intact.select("#verification").text()).startsWith("审计链完整").contains(head.printed());
        assertThat(intact.select("#runtime-role").text()).contains("jixiao_app", "不是超级用户");
        assertThat(intact.select("#key-fingerprint").text()).matches("[0-9a-f]{16}");

        String otherHash = (head.hash().charAt(0) == 'a' ? "b" : "a") + head.hash().substring(1, 16);
        Document rewritten = Jsoup.parse(mvc.perform(get("/audit/verify").param("id", Long.toString(head.id()))
                        .param("hash", otherHash).with(auditor))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(rewritten.select("#verification").text()).contains("审计链已损坏", "链在打印之后被改写");

        Document typo = Jsoup.parse(mvc.perform(get("/audit/verify").param("id", "十二").param("hash", "xyz")
                        .with(auditor))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(typo.select("#printed-error").text()).contains("记录编号");
        assertThat(typo.select("input[name=id]").val()).isEqualTo("十二");
    }

    @Test
    void auditorsFilterTheTrailByUserActionAndDate() throws Exception {
        recordOne("filter-1");
        recordOne("filter-2");
        String today = LocalDate.now(times.zone()).toString();

        String html = mvc.perform(get("/audit").param("username", "audit-test").param("action", "TEST_EVENT")
                        .param("from", today).param("to", today)
                        .with(user(userDetails.loadUserByUsername("auditor"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        Document page = Jsoup.parse(html);
        assertThat(page.select("#audit-table tbody tr")).isNotEmpty()
                .allSatisfy(row -> assertThat(row.select("td").get(2).text()).isEqualTo("audit-test"));
        assertThat(page.select("#audit-table").text()).contains("after filter-2");

        String yesterday = LocalDate.now(times.zone()).minusDays(1).toString();
        Document none = Jsoup.parse(mvc.perform(get("/audit").param("username", "audit-test").param("to", yesterday)
                        .with(user(userDetails.loadUserByUsername("admin"))))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(none.select("#audit-total").text()).isEqualTo("共 0 条记录");

        mvc.perform(get("/audit").with(user(userDetails.loadUserByUsername("officer")))).andExpect(status().isForbidden());
        mvc.perform(get("/audit/verify").with(user(userDetails.loadUserByUsername("auditor"))))
                .andExpect(status().isOk());
    }

    @Test
    void anAuditorOverChosenDepartmentsSeesOnlyTheirEvents() throws Exception {
        Long seed = departments.findByName(DemoAccounts.SEED_DEPARTMENT).orElseThrow().getId();
        Long example = departments.findByName(DemoAccounts.EXAMPLE_DEPARTMENT).orElseThrow().getId();
        audit.recordAs("audit-test", "SCOPED_EVENT", "Thing", "scoped-seed", seed, null, Map.of("d", "seed"));
        audit.recordAs("audit-test", "SCOPED_EVENT", "Thing", "scoped-example", example, null, Map.of("d", "example"));
        if (users.findByUsername("audit-scope-test").isEmpty()) {
            AppUser limited = new AppUser("audit-scope-test", encoder.encode("audit-scope-pw"), "示例部门审计", Role.AUDITOR);
            limited.assign(Role.AUDITOR, null, false, Set.of(example));
            users.save(limited);
        }

        Document limited = Jsoup.parse(mvc.perform(get("/audit").param("username", "audit-test")
                        .with(user(userDetails.loadUserByUsername("audit-scope-test"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(limited.select("#audit-table tbody tr").eachText()).isNotEmpty()
                .allMatch(row -> row.contains("scoped-example")).noneMatch(row -> row.contains("scoped-seed"));

        Document all = Jsoup.parse(mvc.perform(get("/audit").param("action", "SCOPED_EVENT")
                        .with(user(userDetails.loadUserByUsername("auditor"))))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(all.select("#audit-table").text()).contains("scoped-seed", "scoped-example");
    }

    @Test
    void theTrailIsPaginated() throws Exception {
        for (int i = 0; i < AuditQueries.PAGE_SIZE + 1; i++) {
            recordOne("page-" + i);
        }
        Document first = Jsoup.parse(mvc.perform(get("/audit").param("action", "TEST_EVENT")
                        .with(user(userDetails.loadUserByUsername("auditor"))))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(first.select("#audit-table tbody tr")).hasSize(AuditQueries.PAGE_SIZE);
        assertThat(first.select("#next-page").attr("href")).contains("page=1", "action=TEST_EVENT");

        Document second = Jsoup.parse(mvc.perform(get(first.select("#next-page").attr("href"))
                        .with(user(userDetails.loadUserByUsername("auditor"))))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(second.select("#audit-table tbody tr")).isNotEmpty();
        assertThat(second.select("#prev-page")).hasSize(1);
    }
}
