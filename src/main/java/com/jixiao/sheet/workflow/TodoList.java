package com.jixiao.sheet.workflow;

import com.jixiao.security.Role;
import com.jixiao.security.Scope;
import com.jixiao.security.ScopeGuard;
import com.jixiao.sheet.SheetStatus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The current user's 待办, complete: an officer's returned sheets (with the head's reason), drafts with errors, other
 * drafts and the projects that have no sheet yet (未建立); a head's sheets waiting for review, the department's sheets
 * not yet submitted, and the days left to the department's deadlines. Auditors and administrators have no tasks in
 * the workflow. A fixed number of statements, however many sheets.
 */
@Service
@RequiredArgsConstructor
@Transactional(readOnly = true)
@NamedInterface("todo")
public class TodoList {

    private final JdbcTemplate jdbc;
    private final ScopeGuard guard;
    private final SheetChecks checks;
    private final SubmissionDeadlines deadlines;

    /**
     * @param tasks     what the user has to do, most urgent first
     * @param missing   for a head: the department's projects whose sheet is not submitted yet; empty for an officer
     * @param deadlines the department's fiscal years that have a deadline
     */
    public record Page(List<Todo> tasks, List<Todo> missing, List<SubmissionDeadlines.Deadline> deadlines,
                       LocalDate today, boolean head) {

        public static final Page NONE = new Page(List.of(), List.of(), List.of(), LocalDate.now(), false);
    }

    public Page forCurrentUser() {
        Scope scope = guard.scope();
        boolean officer = scope.is(Role.OFFICER);
        boolean head = scope.is(Role.HEAD);
        if (!officer && !head) {
            return Page.NONE;
        }
        List<Todo> all = ofDepartment(scope.departmentId());
        List<SubmissionDeadlines.Deadline> dates = deadlines.ofDepartment(scope.departmentId()).stream()
                .filter(d -> d.dueDate() != null).toList();
        LocalDate today = LocalDate.now();
        if (officer) {
            List<Todo> tasks = all.stream().filter(t -> t.status() != SheetStatus.SUBMITTED)
                    .sorted(Comparator.comparingInt(TodoList::officerRank)).toList();
            return new Page(tasks, List.of(), dates, today, false);
        }
        return new Page(all.stream().filter(t -> t.status() == SheetStatus.SUBMITTED).toList(),
                all.stream().filter(t -> t.status() != SheetStatus.SUBMITTED).toList(), dates, today, true);
    }

    /** Returned first, then drafts with errors, other drafts, and projects without a sheet. */
    private static int officerRank(Todo todo) {
        if (todo.status() == null) {
            return 3;
        }
        return todo.status() == SheetStatus.RETURNED ? 0 : todo.blocking() > 0 ? 1 : 2;
    }

    /** Every project of the department not yet approved: its sheet (with the open return's comment) or none. */
    private List<Todo> ofDepartment(Long departmentId) {
        record Line(Long sheetId, Long projectId, String projectName, int fiscalYear, String departmentName,
                    SheetStatus status, String reason) {
        }
        List<Line> lines = jdbc.query("""
                select s.id, p.id, p.name, p.fiscal_year, d.name, s.status,
                       case when s.status = 'RETURNED' then
                           (select r.comment from sheet_review r where r.sheet_id = s.id order by r.id desc limit 1)
                       end
                from project p join department d on d.id = p.department_id
                     left join score_sheet s on s.project_id = p.id
                where p.department_id = ? and (s.id is null or s.status <> 'APPROVED')
                order by p.fiscal_year desc, p.seq, p.id""", (rs, i) -> new Line((Long) rs.getObject(1),
                rs.getLong(2), rs.getString(3), rs.getInt(4), rs.getString(5),
                rs.getString(6) == null ? null : SheetStatus.valueOf(rs.getString(6)), rs.getString(7)), departmentId);
        Map<Long, SheetChecks.Checked> checked = checks.of(lines.stream().map(Line::sheetId)
                .filter(java.util.Objects::nonNull).toList());
        List<Todo> todos = new ArrayList<>();
        for (Line l : lines) {
            SheetChecks.Checked c = l.sheetId() == null ? null : checked.get(l.sheetId());
            todos.add(new Todo(l.sheetId(), l.projectId(), l.projectName(), l.fiscalYear(), l.departmentName(),
                    l.status(), l.reason(), c == null ? 0 : c.findingCount(), c == null ? 0 : c.blocking().size()));
        }
        return todos;
    }
}
