package com.jixiao.security;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.stereotype.Component;

/**
 * Lets a bounded number of sign-ins check their password at once (BCrypt, cost 10, see
 * {@link PrehashingBCryptPasswordEncoder}); the others wait their turn, asleep and holding no database
 * connection, up to {@link SignInProperties#maxWait()}, then are asked to try again in Chinese
 * ({@link SignInBusyException}). Without it, 300 sign-ins in a few seconds on two cores made 300 threads
 * hash at once: the few threads holding a pooled connection (the throttle counters, the audit chain's head row)
 * got a sliver of CPU each, the pool ran dry and its 3 s timeout answered 503 to 236 of 300 officers.
 * Per node: each node's CPU is its own.
 */
@Component
class SignInGate {

    /** Busy: the login page's {@code ?busy} message, the API's JSON 503. */
    static final String BUSY_MESSAGE = "当前登录人数较多，系统正在依次处理，请稍后重试。";

    private final Semaphore permits;
    private final long maxWaitNanos;

    SignInGate(SignInProperties properties) {
        this.permits = new Semaphore(properties.permits(), true);
        this.maxWaitNanos = properties.maxWait().toNanos();
    }

    /**
     * Waits for a turn to check a password; close the turn right after the check.
     *
     * @throws SignInBusyException when no turn came within the wait bound
     */
    Turn awaitTurn() {
        try {
            if (!permits.tryAcquire(maxWaitNanos, TimeUnit.NANOSECONDS)) {
                throw new SignInBusyException();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SignInBusyException();
        }
        return permits::release;
    }

    /** A password check's turn. */
    interface Turn extends AutoCloseable {
        @Override
        void close();
    }

    /** No turn within the wait bound: not a failed attempt (nothing was checked, nothing counted). */
    static final class SignInBusyException extends AuthenticationServiceException {
        SignInBusyException() {
            super("sign-in busy: no turn for a password check within the wait bound");
        }
    }
}
