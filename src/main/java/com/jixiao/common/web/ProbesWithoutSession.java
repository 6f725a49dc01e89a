package com.jixiao.common.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Health probes ({@code /actuator/health/**}) are answered without the caller's cookies. Sessions live in the
 * database (Spring Session JDBC), so a probe sent with a browser's session cookie would load that session first
 * and, while the database is down, fail before the probe could answer: liveness would look dead and readiness
 * would answer the outage page instead of {@code {"status":"DOWN"}}. A probe needs no session.
 * Runs before Spring Session's filter ({@code HIGHEST_PRECEDENCE + 50}).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
public class ProbesWithoutSession extends OncePerRequestFilter {

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !(path.equals("/actuator/health") || path.startsWith("/actuator/health/"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(new HttpServletRequestWrapper(request) {
            @Override
            public Cookie[] getCookies() {
                return null;
            }

            @Override
            public String getHeader(String name) {
                return HttpHeaders.COOKIE.equalsIgnoreCase(name) ? null : super.getHeader(name);
            }

            @Override
            public Enumeration<String> getHeaders(String name) {
                return HttpHeaders.COOKIE.equalsIgnoreCase(name) ? Collections.emptyEnumeration()
                        : super.getHeaders(name);
            }

            @Override
            public String getRequestedSessionId() {
                return null;
            }
        }, response);
    }
}
