package com.jixiao.sheet.workflow;

import com.jixiao.security.Role;
import com.jixiao.security.Scope;
import com.jixiao.security.ScopeGuard;
import com.jixiao.sheet.SheetStatus;
import jakarta.persistence.EntityManager;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The current user's 待办: an officer's drafts and returned sheets, a head's sheets waiting for
 * review. Auditors and administrators have no tasks in the workflow.
 */
@Service
@RequiredArgsConstructor
@Transactional(readOnly = true)
@NamedInterface("todo")
public class TodoList {

    private final EntityManager entityManager;
    private final ScopeGuard guard;

    public List<Todo> forCurrentUser() {
        Scope scope = guard.scope();
        List<SheetStatus> statuses;
        if (scope.is(Role.OFFICER)) {
            statuses = List.of(SheetStatus.RETURNED, SheetStatus.DRAFT);
        } else if (scope.is(Role.HEAD)) {
            statuses = List.of(SheetStatus.SUBMITTED);
        } else {
            return List.of();
        }
        return entityManager.createQuery("""
                        select new com.jixiao.sheet.workflow.Todo(s.id, p.name, p.fiscalYear, d.name, s.status)
                        from ScoreSheet s join s.project p join p.department d
                        where d.id = :departmentId and s.status in :statuses
                        order by case when s.status = com.jixiao.sheet.SheetStatus.RETURNED then 0 else 1 end,
                            p.fiscalYear desc, p.seq
                        """, Todo.class)
                .setParameter("departmentId", scope.departmentId())
                .setParameter("statuses", statuses)
                .getResultList();
    }
}
