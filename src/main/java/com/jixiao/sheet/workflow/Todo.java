package com.jixiao.sheet.workflow;

import com.jixiao.sheet.SheetStatus;
import org.springframework.modulith.NamedInterface;

/** A line of the 待办 list on the home page. */
@NamedInterface("todo")
public record Todo(Long sheetId, String projectName, int fiscalYear, String departmentName, SheetStatus status) {

    /** What the user has to do with it. */
    public String task() {
        return switch (status) {
            case DRAFT -> "待填报";
            case RETURNED -> "已退回，待修改";
            case SUBMITTED -> "待审核";
            case APPROVED -> "已通过";
        };
    }
}
