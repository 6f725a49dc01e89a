package com.jixiao.sheet;

/** Where a sheet is in review: 草稿 → 已提交 → 已通过, or 已退回 and editable again. */
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

    /** Whether the 填报人 may still change the sheet: 草稿 or 已退回. */
    public boolean editable() {
        return this == DRAFT || this == RETURNED;
    }
}
