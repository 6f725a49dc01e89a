package com.jixiao.scoring;

import com.jixiao.scoring.ParsedValue.Blank;
import com.jixiao.scoring.ParsedValue.DateValue;
import com.jixiao.scoring.ParsedValue.Qualitative;
import com.jixiao.scoring.ParsedValue.Quantity;
import com.jixiao.scoring.ParsedValue.Range;

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
 * {@code >=} or {@code ≧} or {@code 不低于} or {@code 以上}, Chinese numerals, stray spaces, thousands separators) but
 * strict about meaning: text it cannot read with certainty becomes {@link Qualitative}, which is then scored by hand
 * instead of by a guess. It never throws.
 *
 * <p>Readings: a {@link Quantity} (operator, number, unit, percent, and whether it is the size of a {@link Change}),
 * a {@link Range} of two quantities, a {@link DateValue}, {@link Qualitative} or {@link Blank}. What each spelling
 * must read as is the table src/test/resources/scoring/target-corpus.tsv.
 */
public final class TargetParser {

    /** Sentinel for "no default year": month-only dates such as 12月底前 then stay qualitative. */
    private static final int NO_YEAR = Integer.MIN_VALUE;

    private static final Blank BLANK = new Blank();

    /**
     * Comparison words, longest first so that 大于等于 wins over 等于. A negation before one (不低于, 未超过, 不得高于)
     * turns it round: not less is at least, not more is at most.
     */
    private static final String[] COMPARE_WORDS = {
            "大于或等于", "小于或等于", "高于或等于", "低于或等于", "大于等于", "小于等于", "高于等于", "低于等于",
            "大于", "高于", "超过", "超出", "多于", "小于", "低于", "少于", "等于"};
    private static final Operator[] COMPARE_OPS = {
            Operator.GE, Operator.LE, Operator.GE, Operator.LE, Operator.GE, Operator.LE, Operator.GE, Operator.LE,
            Operator.GT, Operator.GT, Operator.GT, Operator.GT, Operator.GT, Operator.LT, Operator.LT, Operator.LT,
            Operator.EQ};
    private static final String[] NEGATIONS = {"不应该", "不得", "不应", "不能", "不可", "不宜", "不会", "未", "不"};

    /**
     * Other words that may end the text before the number. 在/为/约/保持在 carry no direction of their own (在95%以上 takes
     * it from 以上) but mark what precedes them as the indicator's name, as an operator does.
     */
    private static final String[] OTHER_WORDS = {
            "控制在", "保持在", "维持在", "不足", "不到", "达到", "至少", "最少", "最低", "至多", "最多", "最高", "控制",
            "介于", "达", "约", "为", "在", "≥", "≤", ">", "<", "="};
    private static final Operator[] OTHER_OPS = {
            Operator.LE, Operator.NONE, Operator.NONE, Operator.LT, Operator.LT, Operator.GE, Operator.GE, Operator.GE,
            Operator.GE, Operator.LE, Operator.LE, Operator.LE, Operator.LE, Operator.NONE, Operator.GE, Operator.NONE,
            Operator.NONE, Operator.NONE, Operator.GE, Operator.LE, Operator.GT, Operator.LT, Operator.EQ};

    /** Words that make the number the size of a change (降低3%) rather than a level (3%); see {@link Change}. */
    private static final String[] DECREASE_WORDS = {
            "降低", "下降", "减少", "压减", "压缩", "缩减", "削减", "缩短", "节约", "节省", "降幅", "减幅"};
    private static final String[] INCREASE_WORDS = {"增长", "提高", "提升", "增加", "上升", "增幅", "涨幅"};

    /** Operators written after the number, longest first; 左右 (about) names the amount itself. */
    private static final String[] SUFFIX_WORDS = {
            "及以上", "或以上", "以上", "及以下", "或以下", "以下", "及以内", "以内", "之内", "内", "左右"};
    private static final Operator[] SUFFIX_OPS = {
            Operator.GE, Operator.GE, Operator.GE, Operator.LE, Operator.LE, Operator.LE, Operator.LE, Operator.LE,
            Operator.LE, Operator.LE, Operator.NONE};

    /** Words after a range: 在80%至90%之间. */
    private static final String[] RANGE_TAILS = {"之间", "区间内", "范围内", "区间"};

    /** Words before a deadline, with the operator they give it; 于/已于/在 only introduce the date. */
    private static final String[] DATE_PREFIXES = {
            "不晚于", "不迟于", "截止到", "截止至", "截至", "截止", "早于", "已于", "≤", "<"};
    private static final Operator[] DATE_PREFIX_OPS = {
            Operator.LE, Operator.LE, Operator.LE, Operator.LE, Operator.LE, Operator.LE, Operator.LT, Operator.NONE,
            Operator.LE, Operator.LT};

    private static final String DATE_TAIL = "(底|末|份)?(前|之前|以前)?(完成)?";
    private static final Pattern YMD = Pattern.compile("^[于在]?(\\d{4})年(\\d{1,2})月(\\d{1,2})[日号]?(前|之前|以前)?(完成)?$");
    private static final Pattern YM = Pattern.compile("^[于在]?(\\d{4})年(\\d{1,2})月" + DATE_TAIL + "$");
    private static final Pattern ISO = Pattern.compile("^(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})(前|之前|以前)?$");
    /** 2022-06, 2022/6底前; not 2022.6, which is as likely a number. */
    private static final Pattern ISO_MONTH = Pattern.compile("^(\\d{4})[-/](\\d{1,2})(底|末)?(前|之前|以前)?$");
    private static final Pattern MONTH_END = Pattern.compile("^[于在]?(\\d{1,2})月(底|末|份)?(前|之前|以前|内)?(完成)?$");
    private static final Pattern MD = Pattern.compile("^[于在]?(\\d{1,2})月(\\d{1,2})[日号](前|之前|以前)?(完成)?$");
    private static final Pattern YEAR_END = Pattern.compile("^[于在]?(?:(\\d{4})年?|本|当)?年度?(底|末)(前|之前|以前)?(完成)?$");
    /** 年内, 本年度内, 2022年内: by the end of the year. */
    private static final Pattern YEAR_WITHIN = Pattern.compile("^[于在]?(?:(\\d{4})|本|当)?年度?内(完成)?$");
    /** 2022年, 2022年前: a year alone is a period, never 2022 years. */
    private static final Pattern YEAR_ONLY = Pattern.compile("^[于在]?((?:19|20)\\d{2})年度?(前|之前|以前|内)?(完成)?$");
    private static final Pattern QUARTER = Pattern.compile(
            "^[于在]?(?:(\\d{4})年度?)?(第)?([1-4])季度(底|末)?(前|之前|以前|内)?(完成)?$");
    private static final Pattern HALF_YEAR = Pattern.compile(
            "^[于在]?(?:(\\d{4})年度?)?(上|下)半年(底|末)?(前|之前|以前|内)?(完成)?$");

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
        String digits = ChineseNumerals.toDigits(s);
        ParsedValue read = read(digits, original, defaultYear);
        if (read == null && !digits.equals(s)) {
            // A numeral inside a word (一般性支出压减5%, 三公经费压减5%) is not the number: read the text as written.
            read = read(s, original, defaultYear);
        }
        return read != null ? read : new Qualitative(original);
    }

    private static ParsedValue read(String s, String original, int defaultYear) {
        ParsedValue date = parseDate(s, original, defaultYear);
        return date != null ? date : parseQuantity(s, original);
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
                case '≧', '⩾', '≮' -> c = '≥';
                case '≦', '⩽', '≯' -> c = '≤';
                case '﹥' -> c = '>';
                case '﹤' -> c = '<';
                case '〜', '∼' -> c = '~';
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
        // Cheap shape test first: "3年" or "≥98%" must not pay for a dozen regular expressions.
        boolean month = s.indexOf('月') >= 0;
        int y = s.indexOf('年');
        boolean year = y >= 0 && (s.indexOf('底') >= 0 || s.indexOf('末') >= 0 || s.indexOf('内') >= 0
                || s.contains("半年") || y >= 4 && isDigits(s, y - 4, y));
        boolean quarter = s.contains("季度");
        int digit = 0;
        while (digit < s.length() && !isDigit(s.charAt(digit))) {
            digit++;
        }
        boolean iso = s.length() >= digit + 6 && isDigits(s, digit, digit + 4) && "-/.".indexOf(s.charAt(digit + 4)) >= 0;
        if (!month && !year && !quarter && !iso) {
            return null;
        }
        Operator prefix = Operator.NONE;
        String body = s;
        for (int k = 0; k < DATE_PREFIXES.length; k++) {
            if (body.startsWith(DATE_PREFIXES[k])) {
                prefix = DATE_PREFIX_OPS[k];
                body = body.substring(DATE_PREFIXES[k].length());
                break;
            }
        }
        try {
            DateValue d = date(body, original, defaultYear);
            // ≤2022年6月 and 不晚于2022年6月 are deadlines even where the date alone would be a month.
            return d == null || prefix == Operator.NONE ? d : new DateValue(prefix, d.date(), original);
        } catch (DateTimeException e) {
            // 2021年13月 and the like: not a date, and not a number either.
            return new Qualitative(original);
        }
    }

    private static DateValue date(String s, String original, int defaultYear) {
        Matcher m = YMD.matcher(s);
        if (m.matches()) {
            LocalDate d = LocalDate.of(num(m, 1), num(m, 2), num(m, 3));
            return new DateValue(m.group(4) != null ? Operator.LE : Operator.NONE, d, original);
        }
        m = YM.matcher(s);
        if (m.matches()) {
            LocalDate d = YearMonth.of(num(m, 1), num(m, 2)).atEndOfMonth();
            return new DateValue(m.group(3) != null || m.group(4) != null ? Operator.LE : Operator.NONE, d, original);
        }
        m = ISO.matcher(s);
        if (m.matches()) {
            LocalDate d = LocalDate.of(num(m, 1), num(m, 2), num(m, 3));
            return new DateValue(m.group(4) != null ? Operator.LE : Operator.NONE, d, original);
        }
        m = ISO_MONTH.matcher(s);
        if (m.matches()) {
            LocalDate d = YearMonth.of(num(m, 1), num(m, 2)).atEndOfMonth();
            return new DateValue(m.group(3) != null || m.group(4) != null ? Operator.LE : Operator.NONE, d, original);
        }
        m = YEAR_ONLY.matcher(s);
        if (m.matches()) {
            Operator op = m.group(2) != null ? Operator.LE : Operator.NONE;
            return new DateValue(op, LocalDate.of(num(m, 1), 12, 31), original);
        }
        m = YEAR_END.matcher(s);
        if (m.matches() && (m.group(1) != null || defaultYear != NO_YEAR)) {
            int year = m.group(1) != null ? num(m, 1) : defaultYear;
            return new DateValue(Operator.LE, LocalDate.of(year, 12, 31), original);
        }
        m = YEAR_WITHIN.matcher(s);
        if (m.matches() && (m.group(1) != null || defaultYear != NO_YEAR)) {
            int year = m.group(1) != null ? num(m, 1) : defaultYear;
            return new DateValue(Operator.LE, LocalDate.of(year, 12, 31), original);
        }
        m = QUARTER.matcher(s);
        // 3季度 alone could be a duration; 第3季度, 2022年3季度 and 3季度末 cannot.
        if (m.matches() && (m.group(1) != null || m.group(2) != null || m.group(4) != null || m.group(5) != null)
                && (m.group(1) != null || defaultYear != NO_YEAR)) {
            int year = m.group(1) != null ? num(m, 1) : defaultYear;
            LocalDate d = YearMonth.of(year, num(m, 3) * 3).atEndOfMonth();
            return new DateValue(m.group(4) != null || m.group(5) != null ? Operator.LE : Operator.NONE, d, original);
        }
        m = HALF_YEAR.matcher(s);
        if (m.matches() && (m.group(1) != null || defaultYear != NO_YEAR)) {
            int year = m.group(1) != null ? num(m, 1) : defaultYear;
            LocalDate d = LocalDate.of(year, "上".equals(m.group(2)) ? 6 : 12, "上".equals(m.group(2)) ? 30 : 31);
            return new DateValue(m.group(3) != null || m.group(4) != null ? Operator.LE : Operator.NONE, d, original);
        }
        if (defaultYear == NO_YEAR) {
            return null;
        }
        m = MONTH_END.matcher(s);
        // 6月 alone is six months; 6月底, 6月份 and 6月前 are dates.
        if (m.matches() && (m.group(2) != null || m.group(3) != null)) {
            return new DateValue(Operator.LE, YearMonth.of(defaultYear, num(m, 1)).atEndOfMonth(), original);
        }
        m = MD.matcher(s);
        if (m.matches()) {
            LocalDate d = LocalDate.of(defaultYear, num(m, 1), num(m, 2));
            return new DateValue(m.group(3) != null ? Operator.LE : Operator.NONE, d, original);
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

    /** What the text before the number says: its operator and whether the number is a change. */
    private record Head(Operator op, Change change) {
    }

    /** What the text after the number says: percent, unit and an operator written after it (以上, 以内 …). */
    private record Tail(boolean percent, String unit, Operator op) {
    }

    /** A number as written and the index just after it. */
    private record Number(BigDecimal value, int end) {
    }

    /**
     * [name] [change word] [operator] number [%] [unit] [以上|以内…], or a range of two such numbers. A name
     * ("租赁的线路不少于5条", "较上年降低3%") is accepted only when an operator or change word ends it; any other text
     * around the number makes the whole text qualitative.
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
        Head head = head(s.substring(0, negative ? d - 1 : d));
        if (head == null) {
            return null;
        }
        Number first = number(s, d, negative);
        String rest = s.substring(first.end());
        int separator = rangeSeparator(rest);
        if (separator >= 0) {
            return range(head, first, rest, separator, s.substring(negative ? d - 1 : d, first.end()), original);
        }
        Tail tail = tail(rest);
        if (tail == null) {
            return null;
        }
        Operator op = combine(head.op(), tail.op());
        return op == null ? null
                : new Quantity(op, first.value(), tail.unit(), tail.percent(), original, head.change());
    }

    private static Number number(String s, int d, boolean negative) {
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
        return new Number(new BigDecimal(digits.toString()), i);
    }

    /** The operator and change the text before the number gives, or null when that text is not one. */
    private static Head head(String head) {
        if (head.isEmpty()) {
            return new Head(Operator.NONE, Change.NONE);
        }
        String rest = head;
        Operator op = Operator.NONE;
        boolean found = false;
        int[] matched = operatorAtEnd(rest);
        if (matched != null && changeWordLength(rest, false) > matched[1]) {
            matched = null; // 节约10万元 is a change, not 约 (about)
        }
        if (matched != null) {
            if (matched[0] < 0) {
                return null; // 不等于
            }
            op = Operator.values()[matched[0]];
            rest = rest.substring(0, rest.length() - matched[1]);
            found = true;
        }
        Change change = Change.NONE;
        // 降至3%, 提高到95%: the level to reach, not a change.
        if (rest.endsWith("至") || rest.endsWith("到")) {
            String verb = rest.substring(0, rest.length() - 1);
            Change level = changeAtEnd(verb, true);
            if (level != null) {
                Operator levelOp = level == Change.DECREASE ? Operator.LE : Operator.GE;
                op = combine(op, levelOp);
                if (op == null) {
                    return null;
                }
                rest = verb.substring(0, verb.length() - changeWordLength(verb, true));
                found = true;
            }
        } else {
            Change c = changeAtEnd(rest, false);
            if (c != null) {
                change = c;
                rest = rest.substring(0, rest.length() - changeWordLength(rest, false));
                found = true;
                int[] before = op == Operator.NONE ? operatorAtEnd(rest) : null;
                if (before != null) {
                    // 不低于增长5%: the operator may also come first
                    if (before[0] < 0) {
                        return null;
                    }
                    op = Operator.values()[before[0]];
                    rest = rest.substring(0, rest.length() - before[1]);
                }
            }
        }
        if (!found) {
            return null;
        }
        for (String negation : NEGATIONS) {
            if (rest.endsWith(negation)) {
                return null; // 不降低3%, 未达到: the name ends in a negation the operator did not absorb
            }
        }
        return new Head(op, change);
    }

    /** {operator ordinal or −1 for an unreadable one, length} of the operator that ends {@code s}, or null. */
    private static int[] operatorAtEnd(String s) {
        for (int k = 0; k < COMPARE_WORDS.length; k++) {
            String w = COMPARE_WORDS[k];
            if (s.endsWith(w)) {
                String before = s.substring(0, s.length() - w.length());
                for (String negation : NEGATIONS) {
                    if (before.endsWith(negation)) {
                        Operator flipped = switch (COMPARE_OPS[k]) {
                            case GT -> Operator.LE;
                            case LT -> Operator.GE;
                            case GE -> Operator.LT;
                            case LE -> Operator.GT;
                            default -> null;
                        };
                        return new int[] {flipped == null ? -1 : flipped.ordinal(), w.length() + negation.length()};
                    }
                }
                return new int[] {COMPARE_OPS[k].ordinal(), w.length()};
            }
        }
        for (int k = 0; k < OTHER_WORDS.length; k++) {
            if (s.endsWith(OTHER_WORDS[k])) {
                return new int[] {OTHER_OPS[k].ordinal(), OTHER_WORDS[k].length()};
            }
        }
        return null;
    }

    /**
     * The change that a word ending {@code s} names, or null. Before 至/到 ({@code level}) the one-character verbs
     * count too: 降至, 减到, 增至, 升至.
     */
    private static Change changeAtEnd(String s, boolean level) {
        int length = changeWordLength(s, level);
        if (length == 0) {
            return null;
        }
        String word = s.substring(s.length() - length);
        for (String w : INCREASE_WORDS) {
            if (w.equals(word)) {
                return Change.INCREASE;
            }
        }
        return word.equals("增") || word.equals("升") ? Change.INCREASE : Change.DECREASE;
    }

    private static int changeWordLength(String s, boolean level) {
        for (String w : DECREASE_WORDS) {
            if (s.endsWith(w)) {
                return w.length();
            }
        }
        for (String w : INCREASE_WORDS) {
            if (s.endsWith(w)) {
                return w.length();
            }
        }
        if (level && !s.isEmpty() && "降减增升".indexOf(s.charAt(s.length() - 1)) >= 0) {
            return 1;
        }
        return 0;
    }

    /** The text after the number: [%|百分比] [unit] [以上|以内…], or null when a word in it is unknown. */
    private static Tail tail(String text) {
        String tail = text.replace("(含)", "").replace("(含本数)", "");
        boolean percent = false;
        if (tail.startsWith("%")) {
            percent = true;
            tail = tail.substring(1);
        }
        int pct = tail.indexOf("百分比");
        if (pct >= 0) {
            percent = true;
            tail = tail.substring(0, pct) + tail.substring(pct + 3);
        }
        if (tail.endsWith("内完成")) {
            tail = tail.substring(0, tail.length() - 2); // 3个工作日内完成: 内 says it, 完成 adds nothing
        }
        Operator op = Operator.NONE;
        for (int k = 0; k < SUFFIX_WORDS.length; k++) {
            if (tail.endsWith(SUFFIX_WORDS[k])) {
                op = SUFFIX_OPS[k];
                tail = tail.substring(0, tail.length() - SUFFIX_WORDS[k].length());
                break;
            }
        }
        if (tail.endsWith("%") && !percent) {
            // 98以上% is rare but unambiguous.
            percent = true;
            tail = tail.substring(0, tail.length() - 1);
        }
        return Units.isKnown(tail) ? new Tail(percent, tail, op) : null;
    }

    /** An operator before and one after the number must agree: 达到95%以上, 控制在5%以内; 不超过5%以上 is not read. */
    private static Operator combine(Operator before, Operator after) {
        if (after == Operator.NONE) {
            return before;
        }
        if (before == Operator.NONE) {
            return after;
        }
        boolean up = before == Operator.GE || before == Operator.GT;
        boolean down = before == Operator.LE || before == Operator.LT;
        boolean afterUp = after == Operator.GE || after == Operator.GT;
        boolean afterDown = after == Operator.LE || after == Operator.LT;
        return up && afterUp || down && afterDown ? before : null;
    }

    /** Index of a range's separator (-, ~, 至, 到) right before a digit, or −1. */
    private static int rangeSeparator(String rest) {
        for (int j = 0; j + 1 < rest.length(); j++) {
            if ("-~至到".indexOf(rest.charAt(j)) >= 0 && isDigit(rest.charAt(j + 1))) {
                return j;
            }
        }
        return -1;
    }

    /**
     * 85%～95%, 80-90分, 80分至90分, 在80%到90%之间. The unit may be written once, after the second number; both ends
     * must then read the same and low ≤ high. 2021-2022年 is a span of years, not a range to score.
     */
    private static ParsedValue range(Head head, Number first, String rest, int separator, String lowText,
                                     String original) {
        if (head.op() != Operator.NONE && head.op() != Operator.LE) {
            return null; // ≥80-90 has no single reading; 控制在80%-90% has
        }
        Tail left = tail(rest.substring(0, separator));
        String right = rest.substring(separator + 1);
        for (String word : RANGE_TAILS) {
            if (right.endsWith(word)) {
                right = right.substring(0, right.length() - word.length());
                break;
            }
        }
        Number second = number(right, 0, false);
        Tail high = tail(right.substring(second.end()));
        if (left == null || high == null || left.op() != Operator.NONE || high.op() != Operator.NONE) {
            return null;
        }
        boolean bare = left.unit().isEmpty() && !left.percent();
        if (!bare && (!left.unit().equals(high.unit()) || left.percent() != high.percent())) {
            return null;
        }
        if (first.value().compareTo(second.value()) > 0
                || high.unit().endsWith("年") && first.value().compareTo(new BigDecimal(1000)) >= 0) {
            return null;
        }
        Quantity lo = new Quantity(Operator.NONE, first.value(), high.unit(), high.percent(),
                lowText + rest.substring(0, separator), head.change());
        Quantity hi = new Quantity(Operator.NONE, second.value(), high.unit(), high.percent(), right, head.change());
        return new Range(lo, hi, original);
    }

    private static boolean isThousandsGroup(String s, int from) {
        return from + 3 <= s.length() && isDigits(s, from, from + 3)
                && (from + 3 == s.length() || !isDigit(s.charAt(from + 3)));
    }
}
