package com.jixiao.sheet;

/**
 * An edit of a sheet that is submitted or approved: only drafts and returned sheets change. The message says in
 * Chinese who can make it editable again.
 */
public class SheetNotEditableException extends SheetStateException {

    private final SheetStatus status;

    SheetNotEditableException(SheetStatus status) {
        super(status == SheetStatus.APPROVED ? "该自评表已审核通过，只读，不能修改；如需修改，请部门负责人重新打开。"
                : "该自评表已提交审核，不能修改；如需修改，请部门负责人退回。");
        this.status = status;
    }

    public SheetStatus status() {
        return status;
    }
}
