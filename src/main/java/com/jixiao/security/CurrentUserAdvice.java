package com.jixiao.security;

import lombok.RequiredArgsConstructor;
import org.springframework.boot.web.server.autoconfigure.ServerProperties;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Every page's header shows who is signed in; every page asks {@code can} what to offer. */
@ControllerAdvice
@RequiredArgsConstructor
class CurrentUserAdvice {

    private final ScopeGuard guard;
    private final ServerProperties server;

    @ModelAttribute("currentUser")
    UserPrincipal currentUser() {
        return guard.currentUser().orElse(null);
    }

    @ModelAttribute("can")
    Permissions can() {
        return new Permissions(guard);
    }

    /** For the idle-timeout warning (static/js/session-timeout.js): the server's idle time in seconds. */
    @ModelAttribute("sessionTimeoutSeconds")
    Long sessionTimeoutSeconds() {
        return server.getServlet().getSession().getTimeout().toSeconds();
    }
}
