package com.jixiao.security;

import com.jixiao.common.web.NotFoundException;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The one place that decides what the current user may see and do. Services call it after
 * loading a record and before returning or changing it:
 * <ul>
 * <li>a department outside the user's scope answers {@link NotFoundException} (404), exactly like a
 * missing record, so that guessing ids reveals nothing;</li>
 * <li>an action the user's role does not allow inside the scope answers {@link AccessDeniedException}
 * (403).</li>
 * </ul>
 * Who may do what: view and export — anyone whose scope holds the department; edit and submit — the
 * department's 填报人; approve, return and reopen — the department's 部门负责人; the 自评报告 — drafted by the
 * department's 填报人 or 部门负责人, submitted by its 部门负责人.
 */
@Component
public class ScopeGuard {

    static final String NOT_FOUND = "没有找到该记录，或您无权查看。";
    private static final String MANAGE_DENIED = "只有本部门的填报人、部门负责人或管理员可以维护科室和项目。";

    public Optional<UserPrincipal> currentUser() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof UserPrincipal user) {
            return Optional.of(user);
        }
        return Optional.empty();
    }

    /** The current user's scope; {@link Scope#NONE} when nobody is signed in. */
    public Scope scope() {
        return currentUser().map(UserPrincipal::scope).orElse(Scope.NONE);
    }

    public boolean canView(Long departmentId) {
        return scope().canView(departmentId);
    }

    public boolean canEdit(Long departmentId) {
        return canView(departmentId) && scope().is(Role.OFFICER);
    }

    public boolean canSubmit(Long departmentId) {
        return canEdit(departmentId);
    }

    /** Approve, return to the officer, reopen an approved sheet. */
    public boolean canReview(Long departmentId) {
        return canView(departmentId) && scope().is(Role.HEAD);
    }

    /** Offices and projects of a department: its 填报人 or 部门负责人, or an administrator. */
    public boolean canManage(Long departmentId) {
        return canView(departmentId) && canManageSomeDepartment();
    }

    /**
     * Whether the user has a department whose offices and projects they may maintain: the roles of
     * {@link #canManage}. Decides whether a blank project form is offered at all.
     */
    public boolean canManageSomeDepartment() {
        return scope().is(Role.OFFICER) || scope().is(Role.HEAD) || scope().is(Role.ADMIN);
    }

    public boolean isAdministrator() {
        return scope().is(Role.ADMIN);
    }

    /**
     * The audit trail page: auditors and administrators (SecurityConfig guards {@code /audit/**} by
     * the same roles).
     */
    public boolean canReadAuditTrail() {
        return scope().is(Role.AUDITOR) || scope().is(Role.ADMIN);
    }

    /**
     * Verifying the whole chain reads, and counts, the events of every department: only for those
     * whose scope is every department.
     */
    public boolean canVerifyAuditTrail() {
        return canReadAuditTrail() && scope().allDepartments();
    }

    /**
     * Write and save the department's 自评报告: its 填报人 drafts it, its 部门负责人 may edit it too (the head signs it,
     * so the head must be able to correct a sentence without sending it back).
     */
    public boolean canDraftReport(Long departmentId) {
        return canView(departmentId) && (scope().is(Role.OFFICER) || scope().is(Role.HEAD));
    }

    /** Mark the 自评报告 已提交 (or withdraw that): the department's 部门负责人 only, as for approving sheets. */
    public boolean canSubmitReport(Long departmentId) {
        return canReview(departmentId);
    }

    /** The province dashboard (every department in scope side by side): auditors and administrators. */
    public boolean canViewProvince() {
        return scope().is(Role.AUDITOR) || scope().is(Role.ADMIN);
    }

    public boolean canExport(Long departmentId) {
        return canView(departmentId);
    }

    /**
     * @param notFound the exception a missing record of the caller's kind answers, so that an
     *                 out-of-scope record is indistinguishable from a missing one
     */
    public void requireView(Long departmentId, Supplier<? extends RuntimeException> notFound) {
        if (!canView(departmentId)) {
            throw notFound.get();
        }
    }

    public void checkCanView(Long departmentId) {
        requireView(departmentId, () -> new NotFoundException(NOT_FOUND));
    }

    public void checkCanEdit(Long departmentId) {
        check(departmentId, canEdit(departmentId), "只有本部门的填报人可以修改自评表。");
    }

    public void checkCanSubmit(Long departmentId) {
        check(departmentId, canSubmit(departmentId), "只有本部门的填报人可以提交自评表。");
    }

    public void checkCanReview(Long departmentId) {
        check(departmentId, canReview(departmentId), "只有本部门的部门负责人可以审核自评表。");
    }

    public void checkCanDraftReport(Long departmentId) {
        check(departmentId, canDraftReport(departmentId), "只有本部门的填报人或部门负责人可以编写自评报告。");
    }

    public void checkCanSubmitReport(Long departmentId) {
        check(departmentId, canSubmitReport(departmentId), "只有本部门的部门负责人可以提交自评报告。");
    }

    public void checkCanManage(Long departmentId) {
        check(departmentId, canManage(departmentId), MANAGE_DENIED);
    }

    /** Before a blank project form is shown or read: a role that can maintain no department gets 403. */
    public void checkCanManageSomeDepartment() {
        if (!canManageSomeDepartment()) {
            throw new AccessDeniedException(MANAGE_DENIED);
        }
    }

    public void checkCanVerifyAuditTrail() {
        if (!canVerifyAuditTrail()) {
            throw new AccessDeniedException("只有管理员或负责全部部门的审计人员可以校验整条审计链。");
        }
    }

    /** Creating and renaming departments themselves. */
    public void checkIsAdministrator() {
        if (!isAdministrator()) {
            throw new AccessDeniedException("只有管理员可以新建或修改预算部门。");
        }
    }

    private void check(Long departmentId, boolean allowed, String denied) {
        checkCanView(departmentId);
        if (!allowed) {
            throw new AccessDeniedException(denied);
        }
    }
}
