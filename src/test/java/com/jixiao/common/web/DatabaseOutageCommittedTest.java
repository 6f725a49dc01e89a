package com.jixiao.common.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.servlet.FilterChain;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Reproduces what the deadline-day bench saw with the pool exhausted (bench/deadline.py against a node with
 * {@code --spring.datasource.hikari.maximum-pool-size=2 --spring.datasource.hikari.connection-timeout=250}): a save
 * answered its redirect, then Spring Session's second read of the session at the end of the request found no free
 * connection, and Tomcat turned the redirect it had not yet sent into a 500 (Spring Boot's JSON error body).
 */
class DatabaseOutageCommittedTest {

    private static final CannotCreateTransactionException POOL_TIMEOUT = new CannotCreateTransactionException(
            "Could not open JPA EntityManager for transaction",
            new SQLTransientConnectionException("HikariPool-1 - Connection is not available, request timed out"));

    // Never asked here: an outage named by the cause chain needs no probe of the database.
    private final DatabaseOutage filter = new DatabaseOutage(null);

    @Test
    void aPoolTimeoutAfterTheRedirectWasCommittedLeavesTheRedirectAsTheAnswer() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/sheets/7/edit");
        MockHttpServletResponse response = new MockHttpServletResponse();
        FilterChain chain = (req, res) -> {
            ((jakarta.servlet.http.HttpServletResponse) res).sendRedirect("/sheets/7/edit?saved");
            throw POOL_TIMEOUT;
        };

        filter.doFilter(request, response, chain);

        assertThat(response.getStatus()).isEqualTo(302);
        assertThat(response.getRedirectedUrl()).isEqualTo("/sheets/7/edit?saved");
    }

    @Test
    void aPoolTimeoutBeforeAnythingWasAnsweredIsTheChinese503Page() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/sheets/7/edit");
        MockHttpServletResponse response = new MockHttpServletResponse();

        filter.doFilter(request, response, (req, res) -> {
            throw POOL_TIMEOUT;
        });

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getContentAsString()).contains(DatabaseOutage.MESSAGE.substring(0, 8));
    }

    @Test
    void aFailureThatIsNoOutageAfterCommitIsNotHidden() {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/sheets/7/edit");
        MockHttpServletResponse response = new MockHttpServletResponse();

        assertThatThrownBy(() -> filter.doFilter(request, response, (req, res) -> {
            res.flushBuffer();
            throw new IllegalStateException("a bug");
        })).isInstanceOf(IllegalStateException.class);
    }
}
