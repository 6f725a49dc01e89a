package com.jixiao.security;

import com.jixiao.audit.AuditReaders;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

/**
 * The audit page's readers, from the signed-in user's scope: administrators and auditors over all departments read
 * every event; an auditor over chosen departments reads those departments' events only (not sign-ins or user
 * administration, which belong to no department); nobody else reads any (SecurityConfig also guards {@code /audit/**}).
 */
@Component
@RequiredArgsConstructor
class AuditReadersByScope implements AuditReaders {

    private final ScopeGuard guard;

    @Override
    public Readable readable() {
        Scope scope = guard.scope();
        if (scope.allDepartments()) {
            return Readable.EVERYTHING;
        }
        return scope.is(Role.AUDITOR) ? Readable.departments(scope.departmentIds()) : Readable.NOTHING;
    }

    @Override
    public void checkCanVerify() {
        guard.checkCanVerifyAuditTrail();
    }
}
