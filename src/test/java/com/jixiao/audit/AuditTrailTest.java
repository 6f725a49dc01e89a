package com.jixiao.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jixiao.common.format.Times;
import com.jixiao.department.DepartmentRepository;
import com.jixiao.security.AppUser;
import com.jixiao.security.AppUserDetailsService;
import com.jixiao.security.AppUserRepository;
import com.jixiao.security.Role;
import com.jixiao.security.demo.DemoAccounts;
import com.jixiao.support.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
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

        assertThatThrownBy(() -> jdbc.update("update audit_event set username = 'mallory' where id = ?", id))
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("delete from audit_event where id = ?", id))
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.execute("truncate audit_event"))
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("append-only");
        assertThat(jdbc.queryForObject("select username from audit_event where id = ?", String.class, id))
                .isEqualTo("audit-test");
    }

    @Test
    void theVerifierNamesTheFirstChangedRecord() {
        recordOne("tamper-before");
        long victim = recordOne("tamper-victim");
        recordOne("tamper-after");
        String original = jdbc.queryForObject("select after_json from audit_event where id = ?", String.class, victim);
        assertThat(verifier.verify().intact()).isTrue();

        try {
            // What only someone who bypasses the trigger (a superuser) could do.
            jdbc.execute("alter table audit_event disable trigger audit_event_no_update");
            jdbc.update("update audit_event set after_json = '{\"value\":\"forged\"}' where id = ?", victim);
            jdbc.execute("alter table audit_event enable trigger audit_event_no_update");

            AuditVerifier.Result result = verifier.verify();
            assertThat(result.intact()).isFalse();
            assertThat(result.firstBrokenId()).isEqualTo(victim);
            assertThat(result.describe()).contains("第一条有问题的记录编号 " + victim, "记录被修改");
        } finally {
            jdbc.execute("alter table audit_event disable trigger audit_event_no_update");
            jdbc.update("update audit_event set after_json = ? where id = ?", original, victim);
            jdbc.execute("alter table audit_event enable trigger audit_event_no_update");
        }
        assertThat(verifier.verify().intact()).isTrue();
    }

    @Test
    void theVerifierNamesTheRecordAfterADeletedOne() {
        recordOne("delete-before");
        long victim = recordOne("delete-victim");
        long next = recordOne("delete-next");
        Map<String, Object> row = jdbc.queryForMap("select * from audit_event where id = ?", victim);

        try {
            jdbc.execute("alter table audit_event disable trigger audit_event_no_delete");
            jdbc.update("delete from audit_event where id = ?", victim);
            jdbc.execute("alter table audit_event enable trigger audit_event_no_delete");

            AuditVerifier.Result result = verifier.verify();
            assertThat(result.intact()).isFalse();
            assertThat(result.firstBrokenId()).isEqualTo(next);
            assertThat(result.problem()).contains("prev_hash");
        } finally {
            jdbc.update("""
                    insert into audit_event (id, occurred_at, username, action, entity_type, entity_id, department_id,
                        before_json, after_json, client_address, prev_hash, hash)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", row.get("id"), row.get("occurred_at"),
                    row.get("username"), row.get("action"), row.get("entity_type"), row.get("entity_id"),
                    row.get("department_id"), row.get("before_json"), row.get("after_json"), row.get("client_address"),
                    row.get("prev_hash"), row.get("hash"));
        }
        assertThat(verifier.verify().intact()).isTrue();
    }

    @Test
    void auditorsFilterTheTrailByUserActionAndDate() throws Exception {
        recordOne("filter-1");
        recordOne("filter-2");
        String today = times.today().toString();

        String html = mvc.perform(get("/audit").param("username", "audit-test").param("action", "TEST_EVENT")
                        .param("from", today).param("to", today)
                        .with(user(userDetails.loadUserByUsername("auditor"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        Document page = Jsoup.parse(html);
        assertThat(page.select("#audit-table tbody tr")).isNotEmpty()
                .allSatisfy(row -> assertThat(row.select("td").get(2).text()).isEqualTo("audit-test"));
        assertThat(page.select("#audit-table").text()).contains("after filter-2");

        String yesterday = times.today().minusDays(1).toString();
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
