package com.jixiao.notification;

import com.jixiao.security.UserPrincipal;
import lombok.RequiredArgsConstructor;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The unread count of the bell in the page header, asked by the layout ({@code ${@bell.unread()}}) only when a page
 * with a header renders: one indexed count per page, never per row, and none for downloads and JSON.
 */
@Component("bell")
@RequiredArgsConstructor
class Bell {

    private final NotificationStore store;

    public long unread() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !(auth.getPrincipal() instanceof UserPrincipal user)) {
            return 0;
        }
        return store.unread(user.id());
    }
}
