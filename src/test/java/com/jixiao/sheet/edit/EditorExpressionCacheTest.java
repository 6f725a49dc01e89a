package com.jixiao.sheet.edit;

import static org.assertj.core.api.Assertions.assertThat;

import com.jixiao.common.input.TextBounds;
import com.jixiao.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.thymeleaf.cache.ExpressionCacheKey;
import org.thymeleaf.cache.StandardCache;
import org.thymeleaf.spring6.SpringTemplateEngine;

/**
 * The editor binds each row's fields as {@code *{rows[__${i}__].name}}: every row index is a new set of template
 * expressions. With Thymeleaf's default of 500 cached expressions, a 27-row sheet (about 900) no longer fit, and
 * every editor page parsed and compiled its expressions again — on a deadline day that was most of the CPU an
 * editor open cost. This measures the expressions a row adds and checks that the cache holds the editor at its
 * row limit.
 */
@WithUserDetails("officer")
class EditorExpressionCacheTest extends IntegrationTest {

    @Autowired MockMvc mvc;
    @Autowired EditorFixtures fixtures;
    @Autowired SpringTemplateEngine engine;

    private EditorSession withRows(Long sheetId, int rows) throws Exception {
        EditorSession session = new EditorSession(mvc, sheetId);
        for (int i = 0; i < rows; i++) {
            int row = session.addRow("数量指标");
            session.row(row, "数量" + i, "≥10个", "10个", "1");
        }
        return session.press("save");
    }

    @Test
    void theEditorAtItsRowLimitFitsTheTemplateExpressionCache() throws Exception {
        Long small = fixtures.draftSheet();
        Long large = fixtures.draftSheet();
        EditorSession two = withRows(small, 2);
        EditorSession twelve = withRows(large, 12);
        StandardCache<ExpressionCacheKey, Object> cache =
                (StandardCache<ExpressionCacheKey, Object>) engine.getCacheManager().getExpressionCache();
        int capacity = cache.getMaxSize();

        cache.clear();
        two.open();
        int withTwoRows = cache.size();
        twelve.open();
        int perRow = (cache.size() - withTwoRows) / 10;

        assertThat(perRow).as("expressions each further row of the editor adds").isGreaterThan(10);
        assertThat(withTwoRows + perRow * (TextBounds.ROWS_MAX - 2))
                .as("expressions of an editor with %d rows", TextBounds.ROWS_MAX).isLessThan(capacity);
        twelve.open();
        assertThat(cache.size()).as("a second open finds every expression cached, none evicted")
                .isLessThan(capacity);
    }
}
