package com.jixiao.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * How many password checks run at once ({@link SignInGate}). A BCrypt check (cost 10) is ~70 ms of one core;
 * a deadline morning's sign-in storm (hundreds within seconds) would otherwise run them all at once and starve
 * every other request of the CPU, the database pool's holders included.
 *
 * @param concurrency password checks at once; 0 = the number of processors
 * @param maxWait     how long a sign-in waits for its turn before the login page asks to try again
 */
@Validated
@ConfigurationProperties("jixiao.sign-in")
public record SignInProperties(@DefaultValue("0") @Min(0) @Max(1000) int concurrency,
                               @DefaultValue("20s") Duration maxWait) {

    /** Zero or negative would turn every sign-in away at once. */
    @AssertTrue(message = "jixiao.sign-in.max-wait must be positive")
    public boolean isMaxWaitPositive() {
        return !maxWait.isNegative() && !maxWait.isZero();
    }

    int permits() {
        return concurrency > 0 ? concurrency : Runtime.getRuntime().availableProcessors();
    }
}
