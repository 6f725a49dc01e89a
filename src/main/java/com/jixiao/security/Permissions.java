package com.jixiao.security;

/**
 * What the current user may do, for templates ({@code ${can.edit(departmentId)}}): a page shows a
 * form, button or link only when the server would accept it. Every answer comes from
 * {@link ScopeGuard}, the same checks the services run, so the pages hold no second copy of the rules.
 * Exposed to every page by {@link CurrentUserAdvice}.
 */
public final class Permissions {

    private final ScopeGuard guard;

    Permissions(ScopeGuard guard) {
        this.guard = guard;
    }

    /** Fill in, save and submit the department's sheets; create a sheet for its projects. */
    public boolean edit(Long departmentId) {
        return guard.canEdit(departmentId);
    }

    /** Approve, return and reopen the department's sheets. */
    public boolean review(Long departmentId) {
        return guard.canReview(departmentId);
    }

    /** Write and save the department's 自评报告. */
    public boolean draftReport(Long departmentId) {
        return guard.canDraftReport(departmentId);
    }

    /** Mark the 自评报告 已提交 or withdraw that. */
    public boolean submitReport(Long departmentId) {
        return guard.canSubmitReport(departmentId);
    }

    /** Add and rename the department's offices; create and edit its projects. */
    public boolean manage(Long departmentId) {
        return guard.canManage(departmentId);
    }

    /** Create a project in some department: whether 新建项目 is offered at all. */
    public boolean manageSomeDepartment() {
        return guard.canManageSomeDepartment();
    }

    /** Create and rename departments, manage users. */
    public boolean administer() {
        return guard.isAdministrator();
    }

    /** The province dashboard (全省概览). */
    public boolean viewProvince() {
        return guard.canViewProvince();
    }

    /** The department's dashboard: whoever may view the department. */
    public boolean view(Long departmentId) {
        return guard.canView(departmentId);
    }

    public boolean readAuditTrail() {
        return guard.canReadAuditTrail();
    }

    public boolean verifyAuditTrail() {
        return guard.canVerifyAuditTrail();
    }
}
