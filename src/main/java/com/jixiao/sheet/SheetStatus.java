package com.jixiao.sheet;

/** Where a sheet is in review: 草稿 → 已提交 → 已通过, or 已退回 and editable again. The moves are {@link SheetTransition}. */
public enum SheetStatus {
    DRAFT("草稿"),
    SUBMITTED("已提交"),
    APPROVED("已通过"),
    RETURNED("已退回");

    private final String label;

    SheetStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Officers edit drafts and returned sheets; submitted and approved sheets are fixed. */
    public boolean isEditable() {
        return this == DRAFT || this == RETURNED;
    }
}
