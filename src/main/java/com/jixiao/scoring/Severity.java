package com.jixiao.scoring;

/** ERROR: the sheet is wrong by the rules; WARNING: probably wrong or incomplete; INFO: worth a look. */
public enum Severity {
    ERROR("错误"), WARNING("警告"), INFO("提示");

    private final String label;

    Severity(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
