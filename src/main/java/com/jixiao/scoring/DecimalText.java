package com.jixiao.scoring;

import java.math.BigDecimal;

/**
 * How a stored number is written back as text everywhere (forms, findings, exports): the value as entered, without
 * the trailing zeros of its column's scale — 60.000000 万元 is "60", 2.50 分 is "2.5" — and never in exponent form.
 */
public final class DecimalText {

    private DecimalText() {
    }

    /** @return e.g. "60", "2.5", "0.000001"; null for null */
    public static String plain(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros().toPlainString();
    }
}
