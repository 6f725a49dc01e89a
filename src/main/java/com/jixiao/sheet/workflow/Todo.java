package com.jixiao.sheet.workflow;

import com.jixiao.sheet.SheetStatus;
import org.springframework.modulith.NamedInterface;

/**
 * A line of the 待办 list on the home page: a sheet, or a project without one (then {@code sheetId} and
 * {@code status} are null).
 *
 * @param reason   the open return's comment, for a returned sheet; else null
 * @param findings how many findings the sheet's scores show; 0 without a sheet
 * @param blocking how many of them are errors (severity ERROR)
 */
@NamedInterface("todo")
public record Todo(Long sheetId, Long projectId, String projectName, int fiscalYear, String departmentName,
                   SheetStatus status, String reason, int findings, int blocking) {

    /** What the user has to do with it. */
    public String task() {
        if (status == null) {
            return "未建立自评表";
        }
        return switch (status) {
            case DRAFT -> blocking > 0 ? "有 " + blocking + " 处错误待更正" : "待填报";
            case RETURNED -> "已退回，待修改";
            case SUBMITTED -> blocking > 0 ? "待审核（有 " + blocking + " 处错误）" : "待审核";
            case APPROVED -> "已通过";
        };
    }

    /** Where the task is done: a returned sheet opens in the editor at the head's reason. */
    public String workUrl() {
        if (sheetId == null) {
            return "/projects/" + projectId + "/sheet/new";
        }
        return switch (status) {
            case RETURNED -> "/sheets/" + sheetId + "/edit#return-reason";
            case DRAFT -> "/sheets/" + sheetId + "/edit";
            default -> "/sheets/" + sheetId;
        };
    }

    public String statusLabel() {
        return status == null ? "未建立" : status.label();
    }
}
