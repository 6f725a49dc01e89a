package com.jixiao.sheet.workflow;

import com.jixiao.audit.AuditTrail;
import com.jixiao.security.ScopeGuard;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The date by which a department's sheets of a fiscal year are due (提交截止日期), set by the department's head. A
 * project counts as open until its sheet is 已提交 or 已通过.
 */
@Service
@RequiredArgsConstructor
@Transactional(readOnly = true)
@NamedInterface("events")
public class SubmissionDeadlines {

    private final JdbcTemplate jdbc;
    private final ScopeGuard guard;
    private final AuditTrail audit;

    /** A department-year's deadline and how many of its projects are still open. */
    public record Deadline(Long departmentId, String departmentName, int fiscalYear, LocalDate dueDate, int open) {

        /** Days from {@code today} to the deadline: 0 on the day, negative once passed; null without one. */
        public Long daysLeft(LocalDate today) {
            return dueDate == null ? null : ChronoUnit.DAYS.between(today, dueDate);
        }

        public String daysLeftText(LocalDate today) {
            Long days = daysLeft(today);
            if (days == null) {
                return "未设置截止日期";
            }
            return days > 0 ? "还剩 " + days + " 天" : days == 0 ? "今天截止" : "已逾期 " + (-days) + " 天";
        }
    }

    /** Refused input, in the words the page shows beside the field. */
    public static class InvalidDeadlineException extends RuntimeException {
        InvalidDeadlineException(String message) {
            super(message);
        }
    }

    private static final String OPEN = """
            (select count(*) from project p left join score_sheet s on s.project_id = p.id
             where p.department_id = d.department_id and p.fiscal_year = d.fiscal_year
               and (s.id is null or s.status not in ('SUBMITTED', 'APPROVED')))""";

    /** Every fiscal year the department has projects in, with its deadline if set; newest year first. */
    public List<Deadline> ofDepartment(Long departmentId) {
        return jdbc.query("""
                select d.department_id, dep.name, d.fiscal_year, sd.due_date, %s
                from (select distinct department_id, fiscal_year from project where department_id = ?) d
                     join department dep on dep.id = d.department_id
                     left join submission_deadline sd
                       on sd.department_id = d.department_id and sd.fiscal_year = d.fiscal_year
                order by d.fiscal_year desc""".formatted(OPEN), (rs, i) -> new Deadline(rs.getLong(1),
                rs.getString(2), rs.getInt(3), rs.getObject(4, LocalDate.class), rs.getInt(5)), departmentId);
    }

    /** Deadlines from {@code today} to {@code days} days later whose department-year still has open projects. */
    public List<Deadline> dueWithin(LocalDate today, int days) {
        return jdbc.query("""
                select d.department_id, dep.name, d.fiscal_year, d.due_date, %s
                from submission_deadline d join department dep on dep.id = d.department_id
                where d.due_date between ? and ?
                order by d.due_date""".formatted(OPEN), (rs, i) -> new Deadline(rs.getLong(1), rs.getString(2),
                rs.getInt(3), rs.getObject(4, LocalDate.class), rs.getInt(5)), today, today.plusDays(days))
                .stream().filter(d -> d.open() > 0).toList();
    }

    /**
     * Sets the deadline of the head's own department for a year.
     *
     * @param text the date as typed, {@code yyyy-MM-dd}
     * @throws InvalidDeadlineException when empty, not a date, or outside the year and the two after it
     */
    @Transactional
    public LocalDate set(Long departmentId, int fiscalYear, String text) {
        guard.checkCanReview(departmentId);
        LocalDate due = parse(fiscalYear, text);
        List<LocalDate> before = jdbc.queryForList("""
                select due_date from submission_deadline where department_id = ? and fiscal_year = ? for update""",
                LocalDate.class, departmentId, fiscalYear);
        Integer projects = jdbc.queryForObject("select count(*) from project where department_id = ? and fiscal_year = ?",
                Integer.class, departmentId, fiscalYear);
        if (projects == null || projects == 0) {
            throw new InvalidDeadlineException(fiscalYear + "年度本部门还没有项目，不能设置截止日期。");
        }
        String username = guard.currentUser().orElseThrow().getUsername();
        jdbc.update("""
                insert into submission_deadline (department_id, fiscal_year, due_date, set_by)
                values (?, ?, ?, ?)
                on conflict (department_id, fiscal_year)
                do update set due_date = excluded.due_date, set_by = excluded.set_by, updated_at = now(),
                              version = submission_deadline.version + 1""", departmentId, fiscalYear, due, username);
        Map<String, Object> was = new LinkedHashMap<>();
        was.put("year", fiscalYear);
        was.put("dueDate", before.isEmpty() ? null : before.get(0).toString());
        Map<String, Object> now = new LinkedHashMap<>();
        now.put("year", fiscalYear);
        now.put("dueDate", due.toString());
        audit.record("DEADLINE_SET", "SubmissionDeadline", departmentId + "-" + fiscalYear, departmentId, was, now);
        return due;
    }

    static LocalDate parse(int fiscalYear, String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidDeadlineException("请填写截止日期。");
        }
        LocalDate due;
        try {
            due = LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidDeadlineException("截止日期格式不正确，请按“年-月-日”填写，例如 " + (fiscalYear + 1) + "-03-31。");
        }
        LocalDate first = LocalDate.of(fiscalYear, 1, 1);
        LocalDate last = LocalDate.of(fiscalYear + 2, 12, 31);
        if (due.isBefore(first) || due.isAfter(last)) {
            throw new InvalidDeadlineException("截止日期应在 " + fiscalYear + "年1月1日 至 " + (fiscalYear + 2)
                    + "年12月31日 之间。");
        }
        return due;
    }
}
