package com.jixiao.audit;

import com.jixiao.common.format.Times;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

/**
 * The audit trail as auditors read it: filtered by user, action and date range, newest first, a
 * page at a time. An auditor over chosen departments sees only the events of those departments;
 * events of no department (sign-ins, user administration) only administrators and auditors over
 * all departments see.
 */
@Service
@RequiredArgsConstructor
@Transactional(readOnly = true)
public class AuditQueries {

    public static final int PAGE_SIZE = 50;

    private final JdbcTemplate jdbc;
    private final AuditReaders readers;
    /** Times are shown, and filter dates are calendar days, in the users' zone. */
    private final Times times;

    public record Filter(String username, String action, LocalDate from, LocalDate to, int page) {
    }

    public record Event(long id, OffsetDateTime occurredAt, String username, String action, String entityType,
                        String entityId, Long departmentId, String beforeJson, String afterJson,
                        String clientAddress, String hash) {
    }

    /**
     * An event as the audit page shows it: the time in the users' zone, the action's Chinese name, the record by its
     * name at the time of the event, and the changed fields.
     */
    public record Entry(Event event, String time, String action, String object, List<AuditChanges.Change> changes) {
    }

    /** An option of the action filter: the stored code and its Chinese name. */
    public record ActionOption(String code, String label) {
    }

    public record Page(List<Entry> events, long total, int page, int pages) {
    }

    public Page search(Filter filter) {
        StringBuilder where = new StringBuilder(" where true");
        List<Object> args = new ArrayList<>();
        AuditReaders.Readable readable = readers.readable();
        if (readable.nothing()) {
            return new Page(List.of(), 0, 0, 0);
        }
        if (!readable.everything()) {
            where.append(" and department_id = any (?)");
            args.add(readable.departmentIds().toArray(Long[]::new));
        }
        if (StringUtils.hasText(filter.username())) {
            where.append(" and lower(username) = lower(?)");
            args.add(filter.username().trim());
        }
        if (StringUtils.hasText(filter.action())) {
            where.append(" and action = ?");
            args.add(filter.action().trim());
        }
        if (filter.from() != null) {
            where.append(" and occurred_at >= ?");
            args.add(times.startOf(filter.from()));
        }
        if (filter.to() != null) {
            where.append(" and occurred_at < ?");
            args.add(times.startOf(filter.to().plusDays(1)));
        }
        long total = jdbc.queryForObject("select count(*) from audit_event" + where, Long.class, args.toArray());
        int pages = (int) ((total + PAGE_SIZE - 1) / PAGE_SIZE);
        int page = Math.max(0, Math.min(filter.page(), Math.max(0, pages - 1)));
        List<Object> pageArgs = new ArrayList<>(args);
        pageArgs.add(PAGE_SIZE);
        pageArgs.add((long) page * PAGE_SIZE);
        List<Event> events = jdbc.query("""
                        select id, occurred_at, username, action, entity_type, entity_id, department_id, before_json,
                            after_json, client_address, hash
                        from audit_event""" + where + " order by id desc limit ? offset ?",
                (rs, row) -> new Event(rs.getLong("id"), rs.getObject("occurred_at", OffsetDateTime.class),
                        rs.getString("username"), rs.getString("action"), rs.getString("entity_type"),
                        rs.getString("entity_id"), rs.getObject("department_id", Long.class),
                        rs.getString("before_json"), rs.getString("after_json"), rs.getString("client_address"),
                        rs.getString("hash")),
                pageArgs.toArray());
        return new Page(events.stream().map(this::entry).toList(), total, page, pages);
    }

    private Entry entry(Event e) {
        return new Entry(e, times.seconds(e.occurredAt()), AuditAction.labelOf(e.action()),
                AuditChanges.object(e.entityType(), e.entityId(), e.beforeJson(), e.afterJson()),
                AuditChanges.changes(e.beforeJson(), e.afterJson(), times));
    }

    /**
     * The filter's drop-down: the actions that occur among the events the user may read, in Chinese (a code this
     * version does not know, written by an older or newer one, as it is). An auditor of chosen departments is not
     * told which actions happened elsewhere.
     */
    public List<ActionOption> actions() {
        return actionsInScope().stream().map(code -> new ActionOption(code, AuditAction.labelOf(code))).toList();
    }

    private List<String> actionsInScope() {
        AuditReaders.Readable readable = readers.readable();
        if (readable.everything()) {
            return jdbc.queryForList("select distinct action from audit_event order by action", String.class);
        }
        if (readable.nothing()) {
            return List.of();
        }
        return jdbc.queryForList("select distinct action from audit_event where department_id = any (?) order by action",
                String.class, (Object) readable.departmentIds().toArray(Long[]::new));
    }
}
