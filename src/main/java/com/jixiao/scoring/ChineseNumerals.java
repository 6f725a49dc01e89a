package com.jixiao.scoring;

import java.math.BigDecimal;

/**
 * Rewrites the Chinese numerals of a target text as ASCII digits before it is read: 四个 → 4个, 一百五十人 → 150人,
 * 一万二千 → 12000, 十一月底 → 11月底, 百分之九十五 → 95%, 五十万元 → 50万元 (a final 万/亿 stays the unit's scale, as in
 * 50万元).
 *
 * <p>Only what is certainly a number is rewritten. A run must start with a digit word (零〇一二两三…九) or 十, and must
 * be well formed (十四五 is a name, not a number, and stays as written). Words that merely contain a numeral (统一,
 * 一般, 一次性) come out as digits inside words, which the reader then refuses as it would any unknown word, so they
 * still end up qualitative. The text given has already been normalised (half-width, no white space).
 */
final class ChineseNumerals {

    private static final String DIGITS = "零〇一二两三四五六七八九";
    private static final int[] DIGIT_VALUES = {0, 0, 1, 2, 2, 3, 4, 5, 6, 7, 8, 9};
    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);
    private static final BigDecimal HUNDRED_MILLION = BigDecimal.valueOf(100_000_000);

    private ChineseNumerals() {
    }

    /** Whether the text holds any character this class may rewrite; most targets are digits only. */
    private static boolean hasNumeral(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (DIGITS.indexOf(c) >= 0 || c == '十' || c == '百') {
                return true;
            }
        }
        return false;
    }

    static String toDigits(String s) {
        if (!hasNumeral(s)) {
            return s;
        }
        // 百分百 / 百分之百 are "100%"; 百分之N is "N%". Done first so that the 百 of 百分之 never starts a number.
        s = s.replace("百分之百", "100%").replace("百分百", "100%");
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            boolean percent = s.startsWith("百分之", i);
            int from = percent ? i + 3 : i;
            int end = runEnd(s, from);
            boolean afterDigit = from > 0 && !percent && (isAsciiDigit(s.charAt(from - 1)) || s.charAt(from - 1) == '.');
            String number = end > from && !afterDigit ? convert(s.substring(from, end)) : null;
            if (number != null) {
                out.append(number);
                if (percent) {
                    out.append('%');
                }
                i = end;
            } else if (percent && from < s.length() && isAsciiDigit(s.charAt(from))) {
                // 百分之98.5 → 98.5%
                int e = from;
                while (e < s.length() && (isAsciiDigit(s.charAt(e)) || s.charAt(e) == '.')) {
                    e++;
                }
                out.append(s, from, e).append('%');
                i = e;
            } else {
                out.append(s.charAt(i));
                i++;
            }
        }
        return out.toString();
    }

    /** End of a numeral run starting at {@code from}, or {@code from} when none starts there. */
    private static int runEnd(String s, int from) {
        if (from >= s.length() || (DIGITS.indexOf(s.charAt(from)) < 0 && s.charAt(from) != '十')) {
            return from;
        }
        int i = from;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (DIGITS.indexOf(c) >= 0 || "十百千万亿".indexOf(c) >= 0) {
                i++;
            } else if (c == '点' && i + 1 < s.length() && DIGITS.indexOf(s.charAt(i + 1)) >= 0) {
                i++;
            } else {
                break;
            }
        }
        return i;
    }

    /** The run as ASCII digits, or null when it is not a well-formed number. */
    private static String convert(String run) {
        if (run.length() > 24 || run.indexOf('亿') != run.lastIndexOf('亿')) {
            return null; // beyond any amount on a sheet, and beyond what a long holds
        }
        char last = run.charAt(run.length() - 1);
        // A final 万/亿 stays the unit's scale: 五十万元 → 50万元, 三点五万 → 3.5万.
        String scale = run.length() > 1 && (last == '万' || last == '亿') ? String.valueOf(last) : "";
        String number = scale.isEmpty() ? run : run.substring(0, run.length() - 1);
        int point = number.indexOf('点');
        String whole = point < 0 ? number : number.substring(0, point);
        String fraction = point < 0 ? "" : number.substring(point + 1);
        if (!scale.isEmpty() && point < 0) {
            whole = run; // 一亿二千万: the value of the whole run, written in 万 below
        }
        Long value = integer(whole);
        if (value == null) {
            return null;
        }
        StringBuilder b = new StringBuilder();
        if (!scale.isEmpty() && point < 0) {
            BigDecimal unit = last == '万' ? TEN_THOUSAND : HUNDRED_MILLION;
            b.append(BigDecimal.valueOf(value).divide(unit).stripTrailingZeros().toPlainString());
        } else {
            b.append(value);
        }
        if (!fraction.isEmpty()) {
            b.append('.');
            for (int k = 0; k < fraction.length(); k++) {
                int d = DIGITS.indexOf(fraction.charAt(k));
                if (d < 0) {
                    return null;
                }
                b.append(DIGIT_VALUES[d]);
            }
        }
        return b.append(scale).toString();
    }

    /** 一百五十 → 150, 一万二 → 12000, 二〇二二 → 2022; null when malformed (十四五, 三三万). */
    private static Long integer(String s) {
        if (s.isEmpty()) {
            return null;
        }
        boolean positional = false;
        for (int i = 0; i < s.length(); i++) {
            if ("十百千万亿".indexOf(s.charAt(i)) >= 0) {
                positional = true;
                break;
            }
        }
        if (!positional) {
            // Digit by digit, as years are written (二〇二二); a leading 零 is not a number.
            if (s.length() > 18) {
                return null;
            }
            long v = 0;
            for (int i = 0; i < s.length(); i++) {
                v = v * 10 + DIGIT_VALUES[DIGITS.indexOf(s.charAt(i))];
            }
            return s.length() > 1 && s.charAt(0) == '零' ? null : v;
        }
        long total = 0;
        long section = 0;
        long number = 0;
        long lastUnit = 0;
        char prev = ' ';
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int d = DIGITS.indexOf(c);
            if (d >= 0) {
                if (DIGITS.indexOf(prev) >= 2) {
                    return null; // two digits in a row (十四五, 三三万): a name, not a positional number
                }
                number = DIGIT_VALUES[d];
            } else {
                long unit = switch (c) {
                    case '十' -> 10;
                    case '百' -> 100;
                    case '千' -> 1000;
                    case '万' -> 10_000;
                    default -> 100_000_000;
                };
                if (unit < 10_000) {
                    if (number == 0 && (c != '十' || DIGITS.indexOf(prev) >= 0)) {
                        return null; // 零百, 百 with nothing before it
                    }
                    section += (number == 0 ? 1 : number) * unit;
                } else if (unit == 10_000) {
                    total += (section + number) * unit;
                    section = 0;
                } else {
                    total = (total + section + number) * unit;
                    section = 0;
                }
                number = 0;
                lastUnit = unit;
            }
            prev = c;
        }
        // 一百五 is 150 and 一万二 is 12000: a last digit right after a unit (not after 零) counts in the next lower unit.
        if (number != 0 && lastUnit >= 100 && s.length() > 1 && "十百千万亿".indexOf(s.charAt(s.length() - 2)) >= 0) {
            number = number * lastUnit / 10;
        }
        return total + section + number;
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
