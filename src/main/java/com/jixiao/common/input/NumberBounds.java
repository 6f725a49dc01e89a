package com.jixiao.common.input;

import com.jixiao.scoring.FullWidth;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * The one rule for every number a person or a script sends (the 附1 form and the JSON API both call it): how it
 * may be written and which values fit. It checks the text <em>before</em> any {@link BigDecimal} exists, because a
 * short text can stand for an enormous number ({@code 1e10000000} is 10 characters; a sum or
 * {@code stripTrailingZeros} on it kept a core busy for minutes and printing it gave a 40 MB answer).
 *
 * <p>The ranges follow the columns: money NUMERIC(18,6) in 万元 (at most 12 integer digits, 6 decimals, never
 * negative); weights and scores NUMERIC(7,2), 0–100. A sum of money (年度资金总额 = the rows) must fit the same
 * column: {@link #fits(BigDecimal)}.
 */
public enum NumberBounds {

    /** 万元 amounts: 0 ≤ x ≤ 999999999999.999999. */
    MONEY(12, 6, new BigDecimal("999999999999.999999")),
    /** Weights (分值) and scores (得分): 0 ≤ x ≤ 100, 2 decimals. */
    SCORE(3, 2, BigDecimal.valueOf(100));

    /**
     * Longer than any number that can fit (12 + 6 digits, sign, point, separators), short enough that reading it
     * costs nothing. A 1 MB paste of digits is refused on its length alone.
     */
    private static final int TEXT_MAX = 40;

    /**
     * Plain decimals as typed, plus the exponent a JSON number may carry ({@code 1e2}); the exponent has at most 4
     * digits, so that the value's scale stays small whatever it says.
     */
    private static final Pattern SYNTAX = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d{1,4})?");

    private static final Pattern LONG_EXPONENT = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)[eE][+-]?\\d+");

    private final int integerDigits;
    private final int scale;
    private final BigDecimal max;

    NumberBounds(int integerDigits, int scale, BigDecimal max) {
        this.integerDigits = integerDigits;
        this.scale = scale;
        this.max = max;
    }

    /** The decimals a value of this kind is stored with. */
    public int scale() {
        return scale;
    }

    /** A value, or why the text is not one; exactly one of the two is non-null unless the text was blank. */
    public record Checked(BigDecimal value, String code, String message) {

        static final Checked BLANK = new Checked(null, null, null);

        public boolean rejected() {
            return code != null;
        }
    }

    /**
     * Reads a number as people type it: surrounding spaces, thousands separators (, ，) and full-width digits
     * (common with Chinese input methods) are accepted.
     *
     * @param text  as sent; null or blank is no value (not an error)
     * @param label what the field is called on the page (金额, 分值, 得分), used in the message
     * @return the value at this kind's scale, or a code ({@code notNumber}, {@code negative}, {@code tooLarge},
     * {@code scale}) with a Chinese message
     */
    public Checked check(String text, String label) {
        if (text == null || text.isBlank()) {
            return Checked.BLANK;
        }
        String shown = text.strip();
        if (shown.length() > TEXT_MAX * 4) {
            // No number that fits is this long, even with separators: refused without copying a 1 MB paste.
            return shown.chars().allMatch(NumberBounds::numeric) ? tooLarge(label) : notNumber(label, shown);
        }
        String normalized = FullWidth.toHalfWidth(shown).replace(",", "");
        if (normalized.length() > TEXT_MAX) {
            return normalized.chars().allMatch(NumberBounds::numeric) ? tooLarge(label) : notNumber(label, shown);
        }
        if (!SYNTAX.matcher(normalized).matches()) {
            if (LONG_EXPONENT.matcher(normalized).matches()) {
                // 1e200000 and the like: a number, but far outside any column; its BigDecimal is never built.
                return normalized.matches(".*[eE]-.*") ? scale(label) : tooLarge(label);
            }
            return notNumber(label, shown);
        }
        // Safe now: at most 40 characters and a 4-digit exponent. compareTo looks at the exponents first and
        // stripTrailingZeros works on at most 40 digits, so neither grows with the value.
        BigDecimal value = new BigDecimal(normalized);
        if (value.signum() < 0) {
            return new Checked(null, "negative", label + "不能为负数");
        }
        if (value.compareTo(max) > 0) {
            return tooLarge(label);
        }
        if (value.signum() != 0 && value.stripTrailingZeros().scale() > scale) {
            return scale(label);
        }
        return new Checked(value.setScale(scale), null, null);
    }

    /** Whether a computed value (a sum of checked values) still fits the column. */
    public boolean fits(BigDecimal value) {
        return value == null || value.signum() >= 0 && value.compareTo(max) <= 0;
    }

    /** The message for a value, typed or summed, above this kind's maximum. */
    public String tooLargeMessage(String label) {
        return this == MONEY ? label + "过大（以万元为单位，最多 " + integerDigits + " 位整数）" : label + "不能超过 100";
    }

    private Checked scale(String label) {
        return new Checked(null, "scale", this == MONEY ? "金额以万元为单位，最多 6 位小数" : label + "最多 2 位小数");
    }

    private static boolean numeric(int c) {
        return c >= '0' && c <= '9' || c >= '０' && c <= '９' || c == '.' || c == ',' || c == '，' || c == '-' || c == '+'
                || c == '．' || c == '－' || c == '＋';
    }

    private Checked tooLarge(String label) {
        return new Checked(null, "tooLarge", tooLargeMessage(label));
    }

    private static Checked notNumber(String label, String shown) {
        String echo = shown.length() <= 20 ? shown : shown.substring(0, 20) + "…";
        return new Checked(null, "notNumber", label + "须填写数字（如 12.5），“" + echo + "”不是数字");
    }
}
