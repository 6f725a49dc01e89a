package com.jixiao.common.input;

/**
 * How long the texts of a 自评表 may be, for the 附1 form and the JSON API alike. Names, targets and actuals follow
 * their varchar(500) columns; long texts (goals, notes) are text columns, but no 附1 cell holds more than 5000
 * characters and a stray 1 MB paste must be refused, not stored or parsed.
 */
public final class TextBounds {

    /** 一级/二级/三级指标 names. */
    public static final int NAME_MAX = 500;
    /** 年度指标值 and 实际完成值. */
    public static final int VALUE_MAX = 500;
    /** 预期目标, 实际完成情况, 偏差原因分析, 调整理由. */
    public static final int LONG_TEXT_MAX = 5000;
    /** 三级指标 rows of one sheet: far above any real 附1 (the seed's largest has 15), low enough to bound a post. */
    public static final int ROWS_MAX = 300;

    private TextBounds() {
    }

    /** Length as people count it: characters, not UTF-16 units (a rare CJK character is two units). */
    public static int length(String text) {
        return text.codePointCount(0, text.length());
    }
}
