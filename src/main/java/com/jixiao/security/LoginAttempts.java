package com.jixiao.security;

import com.jixiao.audit.AuditTrail;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts failed sign-ins and locks an account for {@link #LOCK_DURATION} after
 * {@link #MAX_FAILURES} in a row; records every sign-in, failure and lock in the audit trail.
 */
@Service
@RequiredArgsConstructor
@Transactional(readOnly = true)
public class LoginAttempts {

    public static final int MAX_FAILURES = 5;
    public static final Duration LOCK_DURATION = Duration.ofMinutes(15);

    private final AppUserRepository users;
    private final AuditTrail audit;

    @Transactional
    public void succeeded(String username) {
        users.findByUsernameForUpdate(username).ifPresent(user -> {
            if (user.getFailedAttempts() != 0 || user.getLockedUntil() != null) {
                users.updateSignInState(user.getId(), 0, null);
            }
            audit.recordAs(user.getUsername(), "LOGIN_SUCCESS", "AppUser", user.getId(), null, null, null);
        });
    }

    @Transactional
    public void failed(String username) {
        Optional<AppUser> found = users.findByUsernameForUpdate(username);
        if (found.isEmpty()) {
            audit.recordAs(truncate(username), "LOGIN_FAILURE", "AppUser", null, null, null,
                    Map.of("reason", "用户不存在"));
            return;
        }
        AppUser user = found.get();
        OffsetDateTime now = OffsetDateTime.now();
        boolean lockExpired = user.getLockedUntil() != null && !user.isLockedAt(now);
        int failures = (lockExpired ? 0 : user.getFailedAttempts()) + 1;
        OffsetDateTime lockedUntil = lockExpired ? null : user.getLockedUntil();
        if (failures >= MAX_FAILURES) {
            lockedUntil = now.plus(LOCK_DURATION);
        }
        users.updateSignInState(user.getId(), failures, lockedUntil);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("reason", "密码错误");
        after.put("failedAttempts", failures);
        audit.recordAs(user.getUsername(), "LOGIN_FAILURE", "AppUser", user.getId(), null, null, after);
        if (failures == MAX_FAILURES) {
            audit.recordAs(user.getUsername(), "ACCOUNT_LOCKED", "AppUser", user.getId(), null, null,
                    Map.of("lockedUntil", lockedUntil.toString()));
        }
    }

    /** A sign-in refused before the password was checked: the account is locked or disabled. */
    @Transactional
    public void refused(String username, String reason) {
        Long id = users.findByUsername(username).map(AppUser::getId).orElse(null);
        audit.recordAs(truncate(username), "LOGIN_REFUSED", "AppUser", id, null, null, Map.of("reason", reason));
    }

    private static String truncate(String username) {
        return username == null || username.length() <= 50 ? username : username.substring(0, 50);
    }
}
