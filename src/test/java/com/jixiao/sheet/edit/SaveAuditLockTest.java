package com.jixiao.sheet.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jixiao.audit.AuditVerifier;
import com.jixiao.support.IntegrationTest;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The audit chain's head row under saves (issue 17.5): a save writes the sheet's rows before it waits for the head
 * row, so the row is locked only for the event's insert and the commit; saves arriving together all land, each
 * with its event, and the chain stays intact with consecutive ids.
 */
@WithUserDetails("officer")
class SaveAuditLockTest extends IntegrationTest {

    private static final int PARALLEL = 6;

    @Autowired MockMvc mvc;
    @Autowired EditorFixtures fixtures;
    @Autowired UserDetailsService users;
    @Autowired DataSource dataSource;
    @Autowired JdbcTemplate jdbc;
    @Autowired AuditVerifier verifier;

    /**
     * Another transaction holds the head row; the save that then waits for it has already written its sheet's rows
     * (it holds row-exclusive locks on them). Before, Hibernate wrote them at commit, under the head row's lock.
     */
    @Test
    void aSaveWritesTheSheetBeforeWaitingForTheAuditHead() throws Exception {
        EditorSession session = new EditorSession(mvc, fixtures.draftSheet());
        int row = session.addRow("数量指标");
        session.row(row, "警务站建设数量", "≥2个", "2个", "50").press("save");
        session.set("actualResult", "等待审计链头时已写入").set("rows[" + row + "].actual", "1个");
        MockHttpServletRequestBuilder save = saveRequest(session, users.loadUserByUsername("officer"));
        ExecutorService thread = Executors.newSingleThreadExecutor();
        try (Connection holder = dataSource.getConnection()) {
            holder.setAutoCommit(false);
            try (Statement lock = holder.createStatement()) {
                lock.execute("select last_id from audit_chain_head where id = 1 for update");
            }
            Future<MockHttpServletResponse> saved = thread.submit(() -> mvc.perform(save).andReturn().getResponse());
            Integer waiting = waitingForTheHead();
            List<String> written = jdbc.queryForList("""
                    select distinct c.relname from pg_locks l join pg_class c on c.oid = l.relation
                    where l.pid = ? and l.mode = 'RowExclusiveLock'""", String.class, waiting);
            holder.rollback();

            assertThat(written).as("tables the waiting save has written to").contains("indicator", "score_sheet");
            MockHttpServletResponse answer = saved.get(60, TimeUnit.SECONDS);
            assertThat(answer.getStatus()).as(answer.getContentAsString()).isEqualTo(302);
        } finally {
            thread.shutdownNow();
        }
        assertThat(jdbc.queryForObject("select actual_result from score_sheet where id = ?", String.class,
                session.sheetId)).isEqualTo("等待审计链头时已写入");
        assertThat(jdbc.queryForObject("select actual_text from indicator where sheet_id = ? and name = '警务站建设数量'",
                String.class, session.sheetId)).isEqualTo("1个");
        assertThat(verifier.verify().intact()).isTrue();
    }

    @Test
    void savesArrivingTogetherEachLandWithTheirEventAndTheChainStaysIntact() throws Exception {
        UserDetails officer = users.loadUserByUsername("officer");
        List<MockHttpServletRequestBuilder> saves = new ArrayList<>();
        List<Long> sheets = new ArrayList<>();
        // All drafts first: a MockMvc request clears the test thread's security context.
        List<Long> drafts = new ArrayList<>();
        for (int i = 0; i < PARALLEL; i++) {
            drafts.add(fixtures.draftSheet());
        }
        for (int i = 0; i < PARALLEL; i++) {
            EditorSession session = new EditorSession(mvc, drafts.get(i));
            session.set("actualResult", "并发保存 " + i);
            sheets.add(session.sheetId);
            saves.add(saveRequest(session, officer));
        }
        long newestBefore = jdbc.queryForObject("select last_id from audit_chain_head", Long.class);

        CyclicBarrier start = new CyclicBarrier(PARALLEL);
        ExecutorService threads = Executors.newFixedThreadPool(PARALLEL);
        List<Future<MockHttpServletResponse>> answers = new ArrayList<>();
        try {
            for (MockHttpServletRequestBuilder save : saves) {
                answers.add(threads.submit(() -> {
                    start.await();
                    return mvc.perform(save).andReturn().getResponse();
                }));
            }
            for (Future<MockHttpServletResponse> answer : answers) {
                MockHttpServletResponse response = answer.get(120, TimeUnit.SECONDS);
                assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(302);
            }
        } finally {
            threads.shutdownNow();
        }

        for (int i = 0; i < PARALLEL; i++) {
            assertThat(jdbc.queryForObject("select actual_result from score_sheet where id = ?", String.class,
                    sheets.get(i))).isEqualTo("并发保存 " + i);
            assertThat(jdbc.queryForObject("""
                    select count(*) from audit_event where action = 'SHEET_SAVE' and entity_id = ? and id > ?""",
                    Long.class, sheets.get(i).toString(), newestBefore)).isEqualTo(1);
        }
        AuditVerifier.Result chain = verifier.verify();
        assertThat(chain.intact()).as(chain.describe()).isTrue();
        assertThat(chain.head().id()).isEqualTo(jdbc.queryForObject("select max(id) from audit_event", Long.class));
    }

    private static MockHttpServletRequestBuilder saveRequest(EditorSession session, UserDetails officer) {
        MockHttpServletRequestBuilder request = post("/sheets/" + session.sheetId + "/edit").with(csrf())
                .with(user(officer)).param("action", "save");
        session.fields.forEach(request::param);
        return request;
    }

    /** The backend of the save waiting for the head row's lock. */
    private Integer waitingForTheHead() throws InterruptedException {
        for (int i = 0; i < 600; i++) {
            List<Integer> pids = jdbc.queryForList("""
                    select pid from pg_stat_activity where wait_event_type = 'Lock'
                    and query like '%audit_chain_head%for update%'""", Integer.class);
            if (!pids.isEmpty()) {
                return pids.get(0);
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no save waited for the audit chain's head row within 60 s");
    }
}
