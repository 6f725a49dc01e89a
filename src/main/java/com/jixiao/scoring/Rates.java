package com.jixiao.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The one rounding rule for rates (执行率 = 全年执行数 / 全年预算数) wherever Jixiao shows, compares, sums or
 * exports one: the exact quotient of the two amounts, rounded once, half up, to 0.001 % (five decimals of the
 * ratio). A project's rate and a 合计's rate are each rounded from their own exact quotient, never from a rate
 * that was rounded before (that double rounding printed 91.177 % for an exact 91.17647 %).
 */
public final class Rates {

    /** Decimals of the ratio: 0.74383 is 74.383 %. */
    public static final int SCALE = 5;

    private Rates() {
    }

    /** {@code part / whole} by the rule; null when either is missing or the whole is 0. */
    public static BigDecimal of(BigDecimal part, BigDecimal whole) {
        if (part == null || whole == null || whole.signum() == 0) {
            return null;
        }
        return part.divide(whole, SCALE, RoundingMode.HALF_UP);
    }

    /** A rate made by {@link #of} as a percentage, no trailing zeros (74.383%, 100%); blank for null. */
    public static String percent(BigDecimal rate) {
        if (rate == null) {
            return "";
        }
        BigDecimal stripped = rate.movePointRight(2).stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString() + "%";
    }
}
