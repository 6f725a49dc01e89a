package com.jixiao.security;

import com.jixiao.audit.AuditAction;
import com.jixiao.audit.AuditTrail;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Records each sign-out. Spring Security's logout filter publishes {@link LogoutSuccessEvent} by default, so this
 * needs no change to the security configuration; an idle session that simply expires is not a sign-out.
 */
@Component
@RequiredArgsConstructor
class LogoutAudit {

    private final AuditTrail audit;

    @EventListener
    void loggedOut(LogoutSuccessEvent event) {
        Authentication authentication = event.getAuthentication();
        if (authentication == null) {
            return;
        }
        Long id = authentication.getPrincipal() instanceof UserPrincipal user ? user.id() : null;
        audit.recordAs(authentication.getName(), AuditAction.LOGOUT.name(), "AppUser", id, null, null,
                Map.of("name", authentication.getName()));
    }
}
