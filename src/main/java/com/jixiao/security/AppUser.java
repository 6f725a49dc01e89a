package com.jixiao.security;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

/**
 * A person who signs in. Departments are referenced by id so that this package does not pull the
 * department entities into every principal held in a session.
 */
@Entity
@Table(name = "app_user")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class AppUser {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String username;

    private String passwordHash;

    private String displayName;

    @Enumerated(EnumType.STRING)
    private Role role;

    /** The department of an officer or head; null for auditors and administrators. */
    private Long departmentId;

    /** For auditors: every department, rather than {@link #auditDepartmentIds}. */
    private boolean allDepartments;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "app_user_department", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "department_id")
    private Set<Long> auditDepartmentIds = new HashSet<>();

    private boolean enabled = true;

    /** Created by demo mode with the published password; refused outside demo mode. */
    private boolean demoAccount;

    /**
     * Also the security stamp of open sessions: every change an administrator makes (role, scope, enabled,
     * password) increments it, and {@link SessionRevalidationFilter} compares it on each request.
     */
    @Version
    private long version;

    private OffsetDateTime createdAt = OffsetDateTime.now();

    /**
     * @param username     must not be blank; unique ignoring case
     * @param passwordHash an encoded password, never plain text
     */
    public AppUser(String username, String passwordHash, String displayName, Role role) {
        this.username = Objects.requireNonNull(username, "username");
        this.passwordHash = Objects.requireNonNull(passwordHash, "passwordHash");
        this.displayName = Objects.requireNonNull(displayName, "displayName");
        this.role = Objects.requireNonNull(role, "role");
    }

    /**
     * Sets role and scope together, so that a user never holds a scope that does not fit the role:
     * officers and heads need a department, auditors all departments or at least one chosen one.
     */
    public void assign(Role role, Long departmentId, boolean allDepartments, Set<Long> auditDepartmentIds) {
        Objects.requireNonNull(role, "role");
        if (role.hasOwnDepartment() && departmentId == null) {
            throw new IllegalArgumentException(role.label() + "必须属于一个预算部门");
        }
        Set<Long> chosen = auditDepartmentIds == null ? Set.of() : auditDepartmentIds;
        if (role == Role.AUDITOR && !allDepartments && chosen.isEmpty()) {
            throw new IllegalArgumentException("审计用户必须选择至少一个预算部门或“全部部门”");
        }
        this.role = role;
        this.departmentId = role.hasOwnDepartment() ? departmentId : null;
        this.allDepartments = role == Role.AUDITOR && allDepartments;
        this.auditDepartmentIds.clear();
        if (role == Role.AUDITOR && !allDepartments) {
            this.auditDepartmentIds.addAll(chosen);
        }
    }

    public void rename(String displayName) {
        this.displayName = Objects.requireNonNull(displayName, "displayName");
    }

    public void changePasswordHash(String passwordHash) {
        this.passwordHash = Objects.requireNonNull(passwordHash, "passwordHash");
    }

    /** The user may sign in (again). */
    public void enable() {
        this.enabled = true;
    }

    /** The user may no longer sign in; open sessions end at their next request (the version moves). */
    public void disable() {
        this.enabled = false;
    }

    public void markDemoAccount() {
        this.demoAccount = true;
    }

    public Scope scope() {
        return Scope.of(role, departmentId, allDepartments, auditDepartmentIds);
    }
}
