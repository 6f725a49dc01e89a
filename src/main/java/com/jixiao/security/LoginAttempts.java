package com.jixiao.security;

import com.jixiao.audit.AuditTrail;
import com.jixiao.common.metrics.JixiaoMeters;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Sign-in throttling in the database, so that every application node sharing it decides alike. Three counters
 * per attempt (table {@code sign_in_throttle}, see V305):
 * <ul>
 * <li><b>name × client address</b> ({@code p:}): the {@value #MAX_FAILURES}th failure locks this pair for
 *     {@link #LOCK_DURATION}; afterwards it is refused whatever the password. The attempt is counted by one
 *     atomic {@code INSERT … ON CONFLICT DO UPDATE … RETURNING} <em>before</em> the password is checked, so under
 *     any concurrency at most {@value #MAX_FAILURES} passwords are checked per lock window. The lock binds the
 *     pair, not the account: a stranger locks out only himself, the owner signs in from his own address.</li>
 * <li><b>client address</b> ({@code i:}): more than {@value #ADDRESS_FREE_FAILURES} failures over all names
 *     back the address off exponentially (30 s, 1, 2, 4, 8 min, at most {@link #MAX_BACK_OFF}): one address cannot try
 *     many names.</li>
 * <li><b>name</b> ({@code a:}): more than {@value #NAME_FREE_FAILURES} failures from all addresses back the name
 *     off likewise, against many addresses guessing one password — except from addresses the user has signed in
 *     from successfully within {@link #KNOWN_ADDRESS}, so that the owner is not locked out by strangers.</li>
 * </ul>
 * Names are counted as typed (lower case), whether such a user exists or not: unknown names, wrong passwords
 * and locked pairs behave and answer alike. Every sign-in, failure, lock and refusal goes to the audit trail.
 */
@Service
@RequiredArgsConstructor
public class LoginAttempts {

    public static final int MAX_FAILURES = 5;
    public static final Duration LOCK_DURATION = Duration.ofMinutes(15);
    static final int ADDRESS_FREE_FAILURES = 20;
    static final int NAME_FREE_FAILURES = 10;
    static final Duration MAX_BACK_OFF = Duration.ofMinutes(15);
    /** Back-off counters forget failures this long after the last one. */
    static final Duration BACK_OFF_MEMORY = Duration.ofHours(1);
    /**
     * The one answer to every failed sign-in — unknown name, wrong password, disabled or locked account — on the login
     * page and to the API alike, so that the answers do not tell which names exist (the audit trail records which it
     * was).
     */
    static final String FAILURE_MESSAGE = "用户名或密码错误，或尝试次数过多已被暂停。连续 " + MAX_FAILURES
            + " 次错误后须等待 " + LOCK_DURATION.toMinutes() + " 分钟；如仍无法登录，请联系管理员。";
    static final Duration KNOWN_ADDRESS = Duration.ofDays(90);

    private final JdbcTemplate jdbc;
    private final AppUserRepository users;
    private final AuditTrail audit;
    private final JixiaoMeters meters;

    /** The outcome of {@link #begin}: refused (with a reason for the audit trail), or the attempt's number. */
    public record Attempt(String name, String address, int number, String refusal) {
        boolean refused() {
            return refusal != null;
        }
    }

    /**
     * Decides whether a password may be checked at all and counts the attempt. Runs outside any transaction:
     * each statement commits at once, so concurrent attempts see each other's counts.
     */
    public Attempt begin(String username, String address) {
        String name = normalise(username);
        String client = address == null ? "unknown" : address;
        Map<String, Row> rows = read(List.of(pairKey(name, client), addressKey(client), nameKey(name)));
        OffsetDateTime now = OffsetDateTime.now();
        Row pair = rows.get(pairKey(name, client));
        Row fromAddress = rows.get(addressKey(client));
        Row forName = rows.get(nameKey(name));
        if (fromAddress != null && fromAddress.lockedAt(now)) {
            return refuse(username, name, client, "该地址尝试过多");
        }
        boolean knownAddress = pair != null && pair.lastSuccess() != null
                && pair.lastSuccess().isAfter(now.minus(KNOWN_ADDRESS));
        if (forName != null && forName.lockedAt(now) && !knownAddress) {
            return refuse(username, name, client, "该用户名尝试过多");
        }
        int number = reservePair(pairKey(name, client));
        if (number > MAX_FAILURES) {
            return refuse(username, name, client, "账户已锁定（该地址）");
        }
        return new Attempt(name, client, number, null);
    }

    /** The password was right: this attempt and the failures before it no longer count for the pair. */
    public void succeeded(Attempt attempt, String username) {
        jdbc.update("""
                update sign_in_throttle set failures = greatest(failures - ?, 0),
                    locked_until = case when failures - ? >= ? then locked_until end,
                    last_success = now(), updated_at = now()
                where throttle_key = ?""",
                attempt.number(), attempt.number(), MAX_FAILURES, pairKey(attempt.name(), attempt.address()));
        Long id = users.findByUsername(username).map(AppUser::getId).orElse(null);
        audit.recordAs(username, "LOGIN_SUCCESS", "AppUser", id, null, null, null);
    }

    /**
     * No password was checked (the node was busy, {@link SignInGate}): the attempt no longer counts, and a lock it set
     * ends unless the pair's other failures reach it anyway.
     */
    public void abandoned(Attempt attempt) {
        jdbc.update("""
                update sign_in_throttle set failures = greatest(failures - 1, 0),
                    locked_until = case when failures - 1 >= ? then locked_until end, updated_at = now()
                where throttle_key = ?""", MAX_FAILURES, pairKey(attempt.name(), attempt.address()));
    }

    /** The password was wrong, the name unknown or the account disabled: all count alike. */
    public void failed(Attempt attempt, String username, String reason) {
        meters.signInFailed();
        backOff(addressKey(attempt.address()), ADDRESS_FREE_FAILURES);
        backOff(nameKey(attempt.name()), NAME_FREE_FAILURES);
        if (java.util.concurrent.ThreadLocalRandom.current().nextInt(100) == 0) {
            forgetOldRows();
        }
        Long id = users.findByUsername(username).map(AppUser::getId).orElse(null);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("reason", id == null ? "用户不存在" : reason);
        after.put("failedAttempts", attempt.number());
        audit.recordAs(truncate(username), "LOGIN_FAILURE", "AppUser", id, null, null, after);
        if (attempt.number() == MAX_FAILURES) {
            audit.recordAs(truncate(username), "ACCOUNT_LOCKED", "AppUser", id, null, null,
                    Map.of("address", attempt.address(), "minutes", LOCK_DURATION.toMinutes()));
        }
    }

    /** The lower-cased names with a current lock or back-off, for the administrators' user list. */
    public Set<String> lockedNames() {
        return new TreeSet<>(jdbc.queryForList("""
                select distinct split_part(substr(throttle_key, 3), '|', 1) from sign_in_throttle
                where (throttle_key like 'p:%' and failures >= ? or throttle_key like 'a:%') and locked_until > now()""",
                String.class, MAX_FAILURES));
    }

    /** An administrator's unlock: every lock and back-off of this name, from every address. */
    public void unlock(String username) {
        String name = normalise(username);
        jdbc.update("""
                update sign_in_throttle set failures = 0, locked_until = null, updated_at = now()
                where throttle_key = ? or (throttle_key like 'p:%' and split_part(substr(throttle_key, 3), '|', 1) = ?)""",
                nameKey(name), name);
    }

    private Attempt refuse(String username, String name, String client, String reason) {
        meters.signInFailed();
        Long id = users.findByUsername(username).map(AppUser::getId).orElse(null);
        audit.recordAs(truncate(username), "LOGIN_REFUSED", "AppUser", id, null, null, Map.of("reason", reason));
        return new Attempt(name, client, 0, reason);
    }

    /**
     * Counts the attempt on the pair in one statement and answers its number; the number that reaches
     * {@link #MAX_FAILURES} also sets the lock. A lock that has ended, or failures idle for
     * {@link #LOCK_DURATION}, start the count again.
     */
    private int reservePair(String key) {
        long lockSeconds = LOCK_DURATION.toSeconds();
        return jdbc.queryForObject("""
                insert into sign_in_throttle as t (throttle_key, failures, updated_at) values (?, 1, now())
                on conflict (throttle_key) do update set
                    failures = case when t.locked_until <= now()
                                      or (t.locked_until is null and t.updated_at < now() - make_interval(secs => ?))
                                    then 1 else least(t.failures, 1000000) + 1 end,
                    locked_until = case when t.locked_until <= now()
                                          or (t.locked_until is null and t.updated_at < now() - make_interval(secs => ?))
                                        then null
                                        when t.locked_until is null and t.failures + 1 >= ?
                                        then now() + make_interval(secs => ?)
                                        else t.locked_until end,
                    updated_at = now()
                returning failures""", Integer.class, key, lockSeconds, lockSeconds, MAX_FAILURES, lockSeconds);
    }

    /** One more failure on a back-off counter: beyond {@code free} failures, wait 2^(n − free) × 15 s, capped. */
    private void backOff(String key, int free) {
        jdbc.update("""
                insert into sign_in_throttle as t (throttle_key, failures, updated_at) values (?, 1, now())
                on conflict (throttle_key) do update set
                    failures = case when t.updated_at < now() - make_interval(secs => ?) then 1
                                    else least(t.failures, 1000000) + 1 end,
                    locked_until = case when t.updated_at >= now() - make_interval(secs => ?) and t.failures + 1 > ?
                                        then now() + make_interval(secs => least(power(2, least(t.failures + 1 - ?, 20)) * 15, ?))
                                        else null end,
                    updated_at = now()""",
                key, BACK_OFF_MEMORY.toSeconds(), BACK_OFF_MEMORY.toSeconds(), free, free, MAX_BACK_OFF.toSeconds());
    }

    /** Rows of strangers' guesses would pile up; addresses a user signed in from are kept as known. */
    private void forgetOldRows() {
        jdbc.update("""
                delete from sign_in_throttle where updated_at < now() - interval '1 day'
                    and (last_success is null or last_success < now() - make_interval(secs => ?))""",
                KNOWN_ADDRESS.toSeconds());
    }

    private Map<String, Row> read(List<String> keys) {
        Map<String, Row> rows = new HashMap<>();
        jdbc.query("select throttle_key, locked_until, last_success from sign_in_throttle where throttle_key in (?, ?, ?)",
                rs -> {
                    rows.put(rs.getString(1), new Row(rs.getObject(2, OffsetDateTime.class),
                            rs.getObject(3, OffsetDateTime.class)));
                }, keys.get(0), keys.get(1), keys.get(2));
        return rows;
    }

    private record Row(OffsetDateTime lockedUntil, OffsetDateTime lastSuccess) {
        boolean lockedAt(OffsetDateTime now) {
            return lockedUntil != null && lockedUntil.isAfter(now);
        }
    }

    static String normalise(String username) {
        String name = username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
        return name.length() <= 100 ? name : name.substring(0, 100);
    }

    static String pairKey(String name, String address) {
        return "p:" + name + "|" + address;
    }

    private static String addressKey(String address) {
        return "i:" + address;
    }

    private static String nameKey(String name) {
        return "a:" + name;
    }

    private static String truncate(String username) {
        return username == null || username.length() <= 50 ? username : username.substring(0, 50);
    }
}
