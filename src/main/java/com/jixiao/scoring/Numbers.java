package com.jixiao.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Rounding and formatting shared by the rules, so every message prints numbers the same way. */
final class Numbers {

    static final int SCORE_SCALE = 2;
    static final BigDecimal TOLERANCE = new BigDecimal("0.01");
    static final BigDecimal HUNDRED = new BigDecimal(100);

    private Numbers() {
    }

    static BigDecimal round(BigDecimal v) {
        return v.setScale(SCORE_SCALE, RoundingMode.HALF_UP);
    }

    /** Whether two scores differ by more than the 0.01 the rounding of a printed score may explain. */
    static boolean differ(BigDecimal a, BigDecimal b) {
        return a.subtract(b).abs().compareTo(TOLERANCE) > 0;
    }

    /** A score as printed in messages: two decimals. */
    static String score(BigDecimal v) {
        return v == null ? "—" : round(v).toPlainString();
    }

    /** A weight or amount as written: no trailing zeros (10, 58.762315). */
    static String plain(BigDecimal v) {
        return v == null ? "—" : DecimalText.plain(v);
    }

    static BigDecimal orZero(BigDecimal v) {
        return v == null ? BigDecimal.ZERO : v;
    }
}
