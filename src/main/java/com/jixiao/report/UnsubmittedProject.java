package com.jixiao.report;

import com.jixiao.sheet.SheetStatus;

/**
 * A project of the year that has no result yet: its sheet is a draft or was returned, or it has no
 * sheet at all (and no 汇总表 row of a filed report either). Listed apart as 未提交 under the
 * 汇总表, the annual view and in the exports, so that heads and auditors see what is missing while
 * no total, average or grade count includes it. Carries no figures: a draft's numbers are work in
 * progress.
 *
 * @param sheetId null for a project without a sheet
 * @param status  null for a project without a sheet
 */
public record UnsubmittedProject(Long projectId, Long departmentId, String departmentName, int seq, String code,
                                 String officeName, String name, Long sheetId, SheetStatus status) {

    /** 草稿, 已退回, or 未建立 for a project whose sheet has not been created. */
    public String statusLabel() {
        return status == null ? "未建立" : status.label();
    }
}
