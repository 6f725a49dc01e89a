package com.jixiao.scoring;

import com.jixiao.scoring.ParsedValue.Blank;
import com.jixiao.scoring.ParsedValue.DateValue;
import com.jixiao.scoring.ParsedValue.Qualitative;
import com.jixiao.scoring.ParsedValue.Quantity;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads the free text of 年度指标值 and 实际完成值.
 *
 * <p>Officers type these by hand in Word and Excel, so the parser is lenient about spelling (full-width digits,
 * {@code >=} or {@code ≧} or {@code 不低于}, stray spaces, thousands separators) but strict about meaning: text it
 * cannot read with certainty becomes {@link Qualitative}, which is then scored by hand instead of by a guess.
 * It never throws.
 */
public final class TargetParser {

    /** Sentinel for "no default year": month-only dates such as 12月底前 then stay qualitative. */
    private static final int NO_YEAR = Integer.MIN_VALUE;

    private static final Blank BLANK = new Blank();

    /** Operator words and symbols that may precede the number, longest first so 大于等于 wins over 大于. */
    private static final String[] PREFIX_TOKENS = {
            "大于或等于", "小于或等于", "大于等于", "小于等于", "不低于", "不少于", "不小于", "不高于", "不超过", "不大于",
            "不多于", "达到", "大于", "高于", "超过", "多于", "小于", "低于", "少于", "等于", "≥", "≤", ">", "<", "="};
    private static final Operator[] PREFIX_OPS = {
            Operator.GE, Operator.LE, Operator.GE, Operator.LE, Operator.GE, Operator.GE, Operator.GE, Operator.LE,
            Operator.LE, Operator.LE, Operator.LE, Operator.GE, Operator.GT, Operator.GT, Operator.GT, Operator.GT,
            Operator.LT, Operator.LT, Operator.LT, Operator.EQ, Operator.GE, Operator.LE, Operator.GT, Operator.LT,
            Operator.EQ};

    private static final String[] GE_SUFFIXES = {"及以上", "以上"};
    private static final String[] LE_SUFFIXES = {"及以内", "以内", "及以下", "以下"};

    private static final String DATE_TAIL = "(底|末|份)?(前|之前|以前)?(完成)?";
    private static final Pattern YMD = Pattern.compile("^[于在]?(\\d{4})年(\\d{1,2})月(\\d{1,2})[日号]?(前|之前|以前)?(完成)?$");
    private static final Pattern YM = Pattern.compile("^[于在]?(\\d{4})年(\\d{1,2})月" + DATE_TAIL + "$");
    private static final Pattern ISO = Pattern.compile("^(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})(前|之前|以前)?$");
    private static final Pattern MONTH_END = Pattern.compile("^[于在]?(\\d{1,2})月(底|末)(前|之前|以前)?(完成)?$");
    private static final Pattern MD = Pattern.compile("^[于在]?(\\d{1,2})月(\\d{1,2})[日号](前|之前|以前)?(完成)?$");
    private static final Pattern YEAR_END = Pattern.compile("^[于在]?(?:(\\d{4})年)?年?(底|末)(前|之前|以前)?(完成)?$");

    private TargetParser() {
    }

    /** Parses without a default year: a date without a year ({@code 12月底前}) stays qualitative. */
    public static ParsedValue parse(String text) {
        return parse(text, NO_YEAR);
    }

    /**
     * @param defaultYear the fiscal year of the sheet, used for dates written without a year ({@code 12月底前})
     */
    public static ParsedValue parse(String text, int defaultYear) {
        if (text == null) {
            return BLANK;
        }
        // Targets and actuals repeat heavily (≥98%, 100%, 2021年12月底 …) across a department's
        // sheets; parsing is pure, so a bounded memo saves most of the work of a 汇总表 or export.
        CacheKey key = new CacheKey(text, defaultYear);
        ParsedValue cached = CACHE.get(key);
        if (cached != null) {
            return cached;
        }
        ParsedValue parsed = parseUncached(text, defaultYear);
        if (CACHE.size() >= CACHE_LIMIT) {
            CACHE.clear();
        }
        CACHE.put(key, parsed);
        return parsed;
    }

    private record CacheKey(String text, int defaultYear) {
    }

    private static final int CACHE_LIMIT = 20_000;
    private static final Map<CacheKey, ParsedValue> CACHE = new ConcurrentHashMap<>();

    private static ParsedValue parseUncached(String text, int defaultYear) {
        String s = normalize(text);
        if (isFiller(s)) {
            return BLANK;
        }
        String original = text.strip();
        ParsedValue date = parseDate(s, original, defaultYear);
        if (date != null) {
            return date;
        }
        ParsedValue quantity = parseQuantity(s, original);
        return quantity != null ? quantity : new Qualitative(original);
    }

    /**
     * Maps full-width ({@link FullWidth}) and look-alike characters to one spelling and drops all white space, so
     * that {@code ９８％}, {@code 98 %} and {@code 98%} read the same.
     */
    public static String normalize(String text) {
        StringBuilder b = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = FullWidth.toHalfWidth(text.charAt(i));
            if (Character.isWhitespace(c) || c == '\u00A0') {
                continue;
            }
            switch (c) {
                case '﹪' -> c = '%';
                case '═', '﹦' -> c = '=';
                case '≧', '⩾' -> c = '≥';
                case '≦', '⩽' -> c = '≤';
                case '−', '—', '–' -> c = '-';
                default -> {
                }
            }
            // Two-character operators collapse into one symbol: ">=" → "≥", "<=" → "≤".
            int last = b.length() - 1;
            if (c == '=' && last >= 0 && (b.charAt(last) == '>' || b.charAt(last) == '<')) {
                b.setCharAt(last, b.charAt(last) == '>' ? '≥' : '≤');
                continue;
            }
            b.append(c);
        }
        int end = b.length();
        while (end > 0 && "。.;；,".indexOf(b.charAt(end - 1)) >= 0) {
            end--;
        }
        b.setLength(end);
        return b.toString();
    }

    /** Empty cells and table fillers such as "—" or "/". */
    private static boolean isFiller(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '-' && c != '/' && c != '\\') {
                return false;
            }
        }
        return true;
    }

    // ---------------------------------------------------------------- dates

    private static ParsedValue parseDate(String s, String original, int defaultYear) {
        // Cheap shape test first: "3年" or "≥98%" must not pay for six regular expressions.
        boolean month = s.indexOf('月') >= 0;
        boolean yearEnd = s.indexOf('年') >= 0 && (s.indexOf('底') >= 0 || s.indexOf('末') >= 0);
        boolean iso = s.length() >= 8 && isDigits(s, 0, 4) && "-/.".indexOf(s.charAt(4)) >= 0;
        if (!month && !yearEnd && !iso) {
            return null;
        }
        try {
            Matcher m = YMD.matcher(s);
            if (m.matches()) {
                LocalDate d = LocalDate.of(num(m, 1), num(m, 2), num(m, 3));
                return new DateValue(m.group(4) != null ? Operator.LE : Operator.NONE, d, original);
            }
            m = YM.matcher(s);
            if (m.matches()) {
                LocalDate d = YearMonth.of(num(m, 1), num(m, 2)).atEndOfMonth();
                return new DateValue(m.group(3) != null || m.group(4) != null ? Operator.LE : Operator.NONE, d,
                        original);
            }
            m = ISO.matcher(s);
            if (m.matches()) {
                LocalDate d = LocalDate.of(num(m, 1), num(m, 2), num(m, 3));
                return new DateValue(m.group(4) != null ? Operator.LE : Operator.NONE, d, original);
            }
            m = YEAR_END.matcher(s);
            if (m.matches() && (m.group(1) != null || defaultYear != NO_YEAR)) {
                int year = m.group(1) != null ? num(m, 1) : defaultYear;
                return new DateValue(Operator.LE, LocalDate.of(year, 12, 31), original);
            }
            if (defaultYear == NO_YEAR) {
                return null;
            }
            m = MONTH_END.matcher(s);
            if (m.matches()) {
                return new DateValue(Operator.LE, YearMonth.of(defaultYear, num(m, 1)).atEndOfMonth(), original);
            }
            m = MD.matcher(s);
            if (m.matches()) {
                LocalDate d = LocalDate.of(defaultYear, num(m, 1), num(m, 2));
                return new DateValue(m.group(3) != null ? Operator.LE : Operator.NONE, d, original);
            }
        } catch (DateTimeException e) {
            // 2021年13月 and the like: not a date, and not a number either.
            return new Qualitative(original);
        }
        return null;
    }

    private static int num(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }

    private static boolean isDigits(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    // ---------------------------------------------------------------- quantities

    /**
     * [label + operator | 百分之] number [%] [unit] [以上|以内…]. A label ("租赁的线路不少于5条") is accepted only
     * when an operator word ends it; any other text around the number makes the whole text qualitative.
     */
    private static ParsedValue parseQuantity(String s, String original) {
        int d = 0;
        while (d < s.length() && !isDigit(s.charAt(d))) {
            d++;
        }
        if (d == s.length()) {
            return null;
        }
        boolean negative = d > 0 && s.charAt(d - 1) == '-';
        String head = s.substring(0, negative ? d - 1 : d);
        boolean percent = false;
        if (head.endsWith("百分之")) {
            percent = true;
            head = head.substring(0, head.length() - 3);
        }
        Operator op = Operator.NONE;
        if (!head.isEmpty()) {
            op = prefixOperator(head);
            if (op == null) {
                return null;
            }
        }

        StringBuilder digits = new StringBuilder();
        if (negative) {
            digits.append('-');
        }
        int i = d;
        boolean point = false;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (isDigit(c)) {
                digits.append(c);
            } else if (c == '.' && !point && i + 1 < s.length() && isDigit(s.charAt(i + 1))) {
                point = true;
                digits.append(c);
            } else if (c == ',' && !point && isThousandsGroup(s, i + 1)) {
                // 69,000: the separator carries no value.
            } else {
                break;
            }
            i++;
        }

        String tail = s.substring(i);
        if (tail.startsWith("%")) {
            percent = true;
            tail = tail.substring(1);
        }
        int pct = tail.indexOf("百分比");
        if (pct >= 0) {
            percent = true;
            tail = tail.substring(0, pct) + tail.substring(pct + 3);
        }
        Operator suffixOp = null;
        for (String suffix : GE_SUFFIXES) {
            if (tail.endsWith(suffix)) {
                suffixOp = Operator.GE;
                tail = tail.substring(0, tail.length() - suffix.length());
                break;
            }
        }
        if (suffixOp == null) {
            for (String suffix : LE_SUFFIXES) {
                if (tail.endsWith(suffix)) {
                    suffixOp = Operator.LE;
                    tail = tail.substring(0, tail.length() - suffix.length());
                    break;
                }
            }
        }
        if (tail.endsWith("%") && !percent) {
            // 98以上% is rare but unambiguous.
            percent = true;
            tail = tail.substring(0, tail.length() - 1);
        }
        if (!Units.isKnown(tail)) {
            return null;
        }
        if (op == Operator.NONE && suffixOp != null) {
            op = suffixOp;
        }
        return new Quantity(op, new BigDecimal(digits.toString()), tail, percent, original);
    }

    private static boolean isThousandsGroup(String s, int from) {
        return from + 3 <= s.length() && isDigits(s, from, from + 3)
                && (from + 3 == s.length() || !isDigit(s.charAt(from + 3)));
    }

    /** The operator that ends the text before the number, or null when that text is not an operator. */
    private static Operator prefixOperator(String head) {
        for (int k = 0; k < PREFIX_TOKENS.length; k++) {
            if (head.endsWith(PREFIX_TOKENS[k])) {
                return PREFIX_OPS[k];
            }
        }
        return null;
    }
}
