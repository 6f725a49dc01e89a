package com.jixiao.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps open sessions in step with user administration: on every request the session's principal is compared
 * with the user's row (one primary-key read, so every application node sees the change at once). A disabled or
 * deleted user's session ends on their next request; a changed role, scope or name replaces the principal, so
 * the next request is judged by the new rights.
 */
class SessionRevalidationFilter extends OncePerRequestFilter {

    private final JdbcTemplate jdbc;
    private final AppUserDetailsService users;
    private final DemoMode demoMode;
    private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();
    private final SecurityContextRepository repository = new HttpSessionSecurityContextRepository();

    SessionRevalidationFilter(JdbcTemplate jdbc, AppUserDetailsService users, DemoMode demoMode) {
        this.jdbc = jdbc;
        this.users = users;
        this.demoMode = demoMode;
    }

    private record Stamp(String username, long version, boolean enabled, boolean demoAccount) {
    }

    /** Style sheets and scripts carry no rights: no database read for them. */
    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/css/") || path.startsWith("/js/") || path.equals("/favicon.ico");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        SecurityContext context = contexts.getContext();
        Authentication authentication = context.getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof UserPrincipal principal) {
            List<Stamp> rows = jdbc.query("select username, version, enabled, demo_account from app_user where id = ?",
                    (rs, i) -> new Stamp(rs.getString(1), rs.getLong(2), rs.getBoolean(3), rs.getBoolean(4)),
                    principal.id());
            Stamp stamp = rows.isEmpty() ? null : rows.get(0);
            if (stamp == null || !stamp.enabled() || (stamp.demoAccount() && !demoMode.enabled())) {
                signOut(request);
            } else if (stamp.version() != principal.version()) {
                refresh(authentication, stamp, request, response);
            }
        }
        chain.doFilter(request, response);
    }

    private void signOut(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        contexts.clearContext();
    }

    private void refresh(Authentication old, Stamp stamp, HttpServletRequest request,
                         HttpServletResponse response) {
        UserPrincipal fresh;
        try {
            fresh = (UserPrincipal) users.loadUserByUsername(stamp.username());
        } catch (UsernameNotFoundException e) {
            signOut(request);
            return;
        }
        fresh.eraseCredentials();
        UsernamePasswordAuthenticationToken replaced =
                UsernamePasswordAuthenticationToken.authenticated(fresh, null, fresh.getAuthorities());
        replaced.setDetails(old.getDetails());
        SecurityContext updated = contexts.createEmptyContext();
        updated.setAuthentication(replaced);
        contexts.setContext(updated);
        if (request.getSession(false) != null) {
            repository.saveContext(updated, request, response);
        }
    }
}
