package com.jixiao.sheet.workflow;

import com.jixiao.security.ScopeGuard;
import org.springframework.security.access.AccessDeniedException;

/** Pages only a department's head uses (deadlines, bulk review), always for the head's own department. */
final class HeadOnly {

    private HeadOnly() {
    }

    /** @throws AccessDeniedException (403) with {@code refusal} for anyone but a head */
    static Long ownDepartment(ScopeGuard guard, String refusal) {
        Long departmentId = guard.scope().departmentId();
        if (departmentId == null || !guard.canReview(departmentId)) {
            throw new AccessDeniedException(refusal);
        }
        return departmentId;
    }
}
