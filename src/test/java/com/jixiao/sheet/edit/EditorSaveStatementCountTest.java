package com.jixiao.sheet.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jixiao.support.IntegrationTest;
import com.jixiao.support.StatementCounter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * SQL statement guard for the editor: saving a sheet with 12 rows issues as many statements as
 * saving one with 2 — rows of one shape are written in one batched statement.
 */
@WithUserDetails("officer")
class EditorSaveStatementCountTest extends IntegrationTest {

    /** Session check, loads, version, audit chain head and record, sheet, funds rows, indicator rows. */
    static final int MAX_STATEMENTS_PER_SAVE = 11;

    @Autowired MockMvc mvc;
    @Autowired EditorFixtures fixtures;

    /** The draft saved with {@code rows} rows under 数量指标, open in the editor. */
    EditorSession withRows(Long sheetId, int rows) throws Exception {
        EditorSession session = new EditorSession(mvc, sheetId);
        for (int i = 0; i < rows; i++) {
            int row = session.addRow("数量指标");
            session.row(row, "数量" + i, "≥10个", "10个", "1");
        }
        session.press("save");
        return session;
    }

    /** Changes every row's actual value and counts the statements of the save alone. */
    long statementsOfSave(EditorSession session, int rows) throws Exception {
        for (int i = 0; i < rows; i++) {
            session.set("rows[" + i + "].actual", "9个");
        }
        MockHttpServletRequestBuilder request = post("/sheets/" + session.sheetId + "/edit").with(csrf())
                .param("action", "save");
        session.fields.forEach(request::param);
        StatementCounter.reset();
        int status = mvc.perform(request).andReturn().getResponse().getStatus();
        long statements = StatementCounter.count();
        assertThat(status).as("save redirects back to the editor").isEqualTo(302);
        return statements;
    }

    @Test
    void aSaveIssuesTheSameStatementsForTwoRowsAsForTwelve() throws Exception {
        // Both drafts first: a MockMvc request clears the test thread's security context.
        Long small = fixtures.draftSheet();
        Long large = fixtures.draftSheet();
        long few = statementsOfSave(withRows(small, 2), 2);
        long many = statementsOfSave(withRows(large, 12), 12);

        assertThat(few).isPositive();
        assertThat(many).isEqualTo(few).isLessThanOrEqualTo(MAX_STATEMENTS_PER_SAVE);
    }
}
