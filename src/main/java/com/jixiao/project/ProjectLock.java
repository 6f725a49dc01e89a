package com.jixiao.project;

/**
 * What the project's 自评表 allows of the project (issue 11): once the sheet is submitted or approved, what it was
 * submitted under — name, code, year, department, offices — is locked with it until the head returns or reopens it.
 */
public enum ProjectLock {
    /** No sheet, or a sheet still editable (草稿, 已退回). */
    NONE(null),
    SUBMITTED_SHEET("该项目的自评表已提交审核，项目名称、项目编码、年度、预算部门和科室随自评表锁定，不能修改；"
            + "如需修改，请部门负责人先退回自评表。"),
    APPROVED_SHEET("该项目的自评表已审核通过，项目名称、项目编码、年度、预算部门和科室随自评表锁定，不能修改；"
            + "如需修改，请部门负责人填写理由重新打开自评表。");

    private final String message;

    ProjectLock(String message) {
        this.message = message;
    }

    /** @param sheetStatus the stored status of the project's sheet ({@code SheetStatus} name) */
    static ProjectLock ofSheetStatus(String sheetStatus) {
        return switch (sheetStatus) {
            case "SUBMITTED" -> SUBMITTED_SHEET;
            case "APPROVED" -> APPROVED_SHEET;
            default -> NONE;
        };
    }

    /** Why the locked fields cannot change, in Chinese; null for {@link #NONE}. */
    public String message() {
        return message;
    }
}
