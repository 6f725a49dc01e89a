package com.jixiao.security;

import java.io.Serializable;
import java.util.Set;

/**
 * The departments a user may see: an officer's or head's own department, an auditor's chosen
 * departments or all of them, every department for an administrator. {@link #NONE} for anybody
 * who is not signed in.
 */
public record Scope(Role role, Long departmentId, boolean allDepartments, Set<Long> departmentIds)
        implements Serializable {

    public static final Scope NONE = new Scope(null, null, false, Set.of());

    public Scope {
        departmentIds = departmentIds == null ? Set.of() : Set.copyOf(departmentIds);
    }

    public static Scope of(Role role, Long departmentId, boolean allDepartments, Set<Long> auditDepartmentIds) {
        return switch (role) {
            case ADMIN -> new Scope(role, null, true, Set.of());
            case AUDITOR -> new Scope(role, null, allDepartments, allDepartments ? Set.of() : auditDepartmentIds);
            case OFFICER, HEAD -> new Scope(role, departmentId, false, Set.of(departmentId));
        };
    }

    public boolean canView(Long department) {
        if (role == null || department == null) {
            return false;
        }
        return allDepartments || departmentIds.contains(department);
    }

    public boolean is(Role candidate) {
        return role == candidate;
    }
}
