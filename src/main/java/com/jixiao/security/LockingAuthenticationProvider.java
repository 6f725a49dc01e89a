package com.jixiao.security;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

/**
 * Username and password sign-in with lockout bookkeeping around Spring's own provider. A locked
 * account is refused before its password is checked, so even the right password fails until
 * the lock ends.
 */
class LockingAuthenticationProvider implements AuthenticationProvider {

    private final DaoAuthenticationProvider delegate;
    private final LoginAttempts attempts;

    LockingAuthenticationProvider(DaoAuthenticationProvider delegate, LoginAttempts attempts) {
        this.delegate = delegate;
        this.attempts = attempts;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String username = authentication.getName();
        try {
            Authentication result = delegate.authenticate(authentication);
            attempts.succeeded(username);
            return result;
        } catch (BadCredentialsException e) {
            attempts.failed(username);
            throw e;
        } catch (LockedException e) {
            attempts.refused(username, "账户已锁定");
            throw e;
        } catch (DisabledException e) {
            attempts.refused(username, "账户已停用");
            throw e;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
