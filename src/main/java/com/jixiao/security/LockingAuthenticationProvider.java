package com.jixiao.security;

import org.springframework.security.authentication.AccountStatusException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Username and password sign-in with throttling around Spring's own provider ({@link LoginAttempts}): a
 * throttled name and address is refused before its password is checked, so even the right password fails until
 * the lock ends. Unknown names, wrong passwords and disabled accounts count alike and fail alike
 * ({@link BadCredentialsException}); a refusal is a {@link LockedException}. Both show the same message.
 * Checks take turns ({@link SignInGate}); a sign-in that got no turn is not an attempt and is asked to retry.
 */
class LockingAuthenticationProvider implements AuthenticationProvider {

    private final DaoAuthenticationProvider delegate;
    private final LoginAttempts attempts;
    private final SignInGate gate;

    LockingAuthenticationProvider(DaoAuthenticationProvider delegate, LoginAttempts attempts, SignInGate gate) {
        this.delegate = delegate;
        this.attempts = attempts;
        this.gate = gate;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String username = authentication.getName();
        // The client address as the servlet container sees it: behind a reverse proxy, the proxy's
        // X-Forwarded-For once server.forward-headers-strategy is set (see README).
        String address = authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress() : null;
        // Counted on arrival, before any wait: simultaneous attempts see each other's counts (issue 12's race).
        LoginAttempts.Attempt attempt = attempts.begin(username, address);
        if (attempt.refused()) {
            throw new LockedException("throttled: " + attempt.refusal());
        }
        SignInGate.Turn turn;
        try {
            turn = gate.awaitTurn();
        } catch (SignInGate.SignInBusyException e) {
            // Nothing was checked: not an attempt, so a storm never locks anyone out.
            attempts.abandoned(attempt);
            throw e;
        }
        Authentication result;
        // The turn covers the user's row and the password check; the bookkeeping after it (counters, audit chain)
        // runs outside, so that a turn is one BCrypt long.
        try (turn) {
            result = delegate.authenticate(authentication);
        } catch (BadCredentialsException e) {
            attempts.failed(attempt, username, "用户名或密码错误");
            throw e;
        } catch (AccountStatusException e) {
            // Disabled, or a demo account outside demo mode: told apart only in the audit trail.
            attempts.failed(attempt, username, "账户已停用");
            throw new BadCredentialsException("disabled", e);
        }
        attempts.succeeded(attempt, username);
        return result;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
