package com.jixiao.sheet.workflow;

/** A step of the review workflow, as recorded in {@code sheet_review}. */
public enum ReviewAction {
    SUBMIT("提交审核"),
    APPROVE("审核通过"),
    RETURN("退回修改"),
    REOPEN("重新打开");

    private final String label;

    ReviewAction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
