package com.jixiao.common.format;

import static com.jixiao.scoring.DecimalText.plain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.springframework.stereotype.Component;

/**
 * How numbers are shown, in one place; templates call it as {@code @fmt}, Java code statically. Amounts keep all their
 * significant decimals (43.95235 stays 43.95235), never a float's rounding.
 */
@Component("fmt")
public class Formats {


    /** 万元 amount: as many decimals as it has (up to 6), no trailing zeros; blank for null. */
    public static String money(BigDecimal amount) {
        return amount == null ? "" : plain(amount.setScale(6, RoundingMode.HALF_UP));
    }

    /** Score or weight: up to 2 decimals, no trailing zeros (97.5, 100, 8.75). */
    public static String score(BigDecimal value) {
        return value == null ? "" : plain(value.setScale(2, RoundingMode.HALF_UP));
    }

    /** Score with exactly 2 decimals, for averages and totals that must show cents (96.04). */
    public static String score2(BigDecimal value) {
        return value == null ? "" : value.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    /**
     * A rate (0.19997) as a percentage (19.997%). Rates come rounded by the one rule for rates
     * ({@code scoring.Rates}: once, half up, to 0.001 %); this only writes them, it rounds nothing again.
     */
    public static String percent(BigDecimal rate) {
        return rate == null ? "" : plain(rate.movePointRight(2)) + "%";
    }
}
