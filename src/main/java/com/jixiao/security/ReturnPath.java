package com.jixiao.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import org.springframework.http.HttpMethod;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Where the browser goes after signing in: back to the page that asked for it. Always a path of this
 * application, never a URL built from the request's Host header (which an attacker chooses).
 * <p>
 * A form posted after the session ended (idle timeout, restart) fails its CSRF check, since the token lived in
 * the session. Instead of "无权操作（403）" the user is sent to sign in again and then back to the page the form
 * was on, where the browser offers the input it kept (static/js/keep-input.js).
 */
final class ReturnPath {

    static final String ATTRIBUTE = ReturnPath.class.getName();

    private final HttpSessionRequestCache cache = new HttpSessionRequestCache();
    private final AccessDeniedHandlerImpl denied = new AccessDeniedHandlerImpl();
    private final AuthenticationTrustResolverImpl trust = new AuthenticationTrustResolverImpl();

    ReturnPath() {
        // Pages only: not the editor's background requests, whose answers the user never sees.
        RequestMatcher pages = request -> HttpMethod.GET.matches(request.getMethod())
                && !"XMLHttpRequest".equals(request.getHeader("X-Requested-With"))
                && !"cors".equals(request.getHeader("Sec-Fetch-Mode"))
                && !"same-origin".equals(request.getHeader("Sec-Fetch-Mode"));
        cache.setRequestMatcher(pages);
        // Back to exactly the address asked for, without Spring's "&continue" marker.
        cache.setMatchingRequestParameterName(null);
        denied.setErrorPage("/access-denied");
    }

    RequestCache requestCache() {
        return cache;
    }

    void afterSignIn(HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws IOException {
        String target = null;
        Object kept = request.getSession().getAttribute(ATTRIBUTE);
        if (kept instanceof String path) {
            target = path;
            request.getSession().removeAttribute(ATTRIBUTE);
        } else {
            SavedRequest saved = cache.getRequest(request, response);
            if (saved != null) {
                target = localPath(saved.getRedirectUrl(), request.getContextPath());
            }
        }
        cache.removeRequest(request, response);
        response.sendRedirect(request.getContextPath() + (target == null ? "/" : target));
    }

    void accessDenied(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException, ServletException {
        Authentication user = SecurityContextHolder.getContext().getAuthentication();
        boolean signedOut = user == null || trust.isAnonymous(user);
        // Signed out means the token's session is gone (a forged post from elsewhere gets here too, harmlessly:
        // nothing was done). A sign-in post without its token stays a plain 403.
        boolean signIn = request.getRequestURI().equals(request.getContextPath() + "/login");
        if (e instanceof CsrfException && signedOut && !signIn) {
            String back = localPath(request.getHeader("Referer"), request.getContextPath());
            request.getSession(true).setAttribute(ATTRIBUTE, back == null ? "/" : back);
            response.sendRedirect(request.getContextPath() + "/login?expired");
            return;
        }
        denied.handle(request, response, e);
    }

    /**
     * The path and query of {@code url} inside this application, or null: only a path that starts with one
     * slash is kept (no scheme, host or {@code //host}), and the context path is stripped.
     */
    static String localPath(String url, String contextPath) {
        if (url == null || url.isBlank()) {
            return null;
        }
        try {
            URI uri = new URI(url);
            String path = uri.getRawPath();
            if (path == null || !path.startsWith(contextPath + "/")) {
                return null;
            }
            path = path.substring(contextPath.length());
            if (path.startsWith("//") || path.contains("\\") || path.startsWith("/login") || path.startsWith("/logout")) {
                return null;
            }
            return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
        } catch (URISyntaxException e) {
            return null;
        }
    }
}
