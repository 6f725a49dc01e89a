package com.jixiao.common.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import javax.sql.DataSource;
import lombok.extern.slf4j.Slf4j;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * When the database cannot be reached, every request answers at once (the pool waits 3 s for a
 * connection, {@code spring.datasource.hikari.connection-timeout}) with 503: a Chinese page for
 * browsers, JSON for {@code /api/**} — never a 500, and never "wrong password" at sign-in (the
 * security configuration passes such failures on as {@link DatabaseUnavailableException}). It wraps
 * the security filters, so it also sees failures while signing in. Nothing is cached: the next
 * request after the database is back goes through normally.
 */
@Slf4j
@Component
// Outside Spring Session's filter (HIGHEST_PRECEDENCE + 50): loading or saving the session in the database
// during an outage is answered like any other failure, with the 503 page.
@Order(Ordered.HIGHEST_PRECEDENCE + 49)
public class DatabaseOutage extends OncePerRequestFilter {

    private final DataSource dataSource;

    public DatabaseOutage(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public static final String MESSAGE = "系统暂时无法访问数据库，请稍后再试。";
    private static final byte[] PAGE = page();

    /** Thrown where an outage would otherwise be mistaken for something else (a failed sign-in). */
    public static class DatabaseUnavailableException extends RuntimeException {
        public DatabaseUnavailableException(Throwable cause) {
            super("database unavailable", cause);
        }
    }

    /** True when the cause chain says the database could not be reached or went away mid-request. */
    public static boolean isOutage(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof DatabaseUnavailableException || t instanceof SQLTransientConnectionException
                    || t instanceof ConnectException
                    || t.getClass().getName().equals("org.hibernate.exception.JDBCConnectionException")) {
                return true;
            }
            // 08: connection exceptions; 57P01–57P03: the server shutting down, crashed, or still starting.
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P0"))) {
                return true;
            }
        }
        return false;
    }

    /** Re-throws an authentication failure whose cause is an outage, so that it is not told as a wrong password. */
    public static void rethrowIfOutage(Throwable failure) {
        if (isOutage(failure)) {
            throw new DatabaseUnavailableException(failure);
        }
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException e) {
            if (response.isCommitted() && isOutage(e)) {
                // The answer is on its way (a redirect after a save, a page flushed while rendering); what failed came
                // after it: Spring Session re-reads and saves the session once more when the request ends. Thrown on,
                // Tomcat turned a redirect it had not sent yet into a 500 (deadline-day bench, pool exhausted). The
                // officer gets the answer the application gave; the session only misses its last-access time.
                log.warn("Database unavailable after the answer to {} {} was committed: {}", request.getMethod(),
                        request.getRequestURI(), rootMessage(e));
                return;
            }
            if (response.isCommitted() || !(isOutage(e) || databaseDown())) {
                throw e;
            }
            log.warn("Database unavailable during {} {}: {}", request.getMethod(), request.getRequestURI(),
                    rootMessage(e));
            answer(request, response);
        }
    }

    /**
     * Asked only when a request failed for a reason the cause chain does not name: when the server
     * went away mid-transaction, the rollback's "Connection is closed" (no SQL state) can hide the
     * connection error. If the database cannot be reached now, the failure is the outage.
     */
    private boolean databaseDown() {
        try (Connection connection = dataSource.getConnection()) {
            return !connection.isValid(2);
        } catch (SQLException | RuntimeException e) {
            return true;
        }
    }

    private static void answer(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.reset();
        response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
        response.setHeader(HttpHeaders.RETRY_AFTER, "10");
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            JsonErrors.write(response, HttpStatus.SERVICE_UNAVAILABLE, MESSAGE);
        } else {
            response.setContentType(MediaType.TEXT_HTML_VALUE);
            response.getOutputStream().write(PAGE);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.toString();
    }

    private static byte[] page() {
        try (InputStream in = new ClassPathResource("pages/database-unavailable.html").getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
