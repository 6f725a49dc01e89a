package com.jixiao.scoring;

import com.jixiao.scoring.ParsedValue.Blank;
import com.jixiao.scoring.ParsedValue.DateValue;
import com.jixiao.scoring.ParsedValue.Qualitative;
import com.jixiao.scoring.ParsedValue.Quantity;
import com.jixiao.scoring.ParsedValue.Range;
import com.jixiao.scoring.SheetInput.FundsInput;
import com.jixiao.scoring.SheetInput.IndicatorInput;
import com.jixiao.scoring.SheetInput.Level1Input;
import com.jixiao.scoring.SheetResult.FundsResult;
import com.jixiao.scoring.SheetResult.IndicatorResult;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static com.jixiao.scoring.FindingCodes.*;
import static com.jixiao.scoring.Numbers.plain;

/**
 * Scores a sheet by a profile and lists its inconsistencies. Stateless and thread-safe: one instance may serve
 * every request. The entered scores stay the officer's; the computed ones sit beside them.
 */
public final class Scorer {

    private static final BigDecimal HUNDRED = Numbers.HUNDRED;

    public SheetResult score(SheetInput input, RuleProfile profile) {
        List<Finding> findings = new ArrayList<>();
        FundsResult funds = scoreFunds(input.funds(), profile, findings);

        List<IndicatorResult> rows = new ArrayList<>();
        Map<String, BigDecimal> subtotals = new LinkedHashMap<>();
        for (Level1Input level1 : input.level1()) {
            String name = level1.name() == null ? "" : level1.name().strip();
            BigDecimal subtotal = subtotals.getOrDefault(name, BigDecimal.ZERO);
            for (IndicatorInput row : level1.rows()) {
                IndicatorResult r = scoreRow(name, row, input.fiscalYear(), profile, findings);
                rows.add(r);
                if (r.effectiveScore() != null) {
                    subtotal = subtotal.add(r.effectiveScore());
                }
            }
            subtotals.put(name, Numbers.round(subtotal));
        }

        checkWeights(input, findings);
        BigDecimal fundsPoints = funds.score() != null ? funds.score()
                : input.funds() == null ? null : input.funds().enteredScore();
        BigDecimal total = Numbers.orZero(fundsPoints);
        for (BigDecimal s : subtotals.values()) {
            total = total.add(s);
        }
        total = Numbers.round(total);
        String grade = Grades.nameOf(total, profile);
        checkTotals(input, rows, total, profile, findings);

        return new SheetResult(funds, Collections.unmodifiableList(rows), Collections.unmodifiableMap(subtotals),
                total, grade, Collections.unmodifiableList(findings), profile);
    }

    // ---------------------------------------------------------------- funds

    private static FundsResult scoreFunds(FundsInput f, RuleProfile p, List<Finding> out) {
        if (f == null) {
            return new FundsResult(null, null, null);
        }
        String at = Finding.FUNDS;
        BigDecimal a = f.annualBudget();
        BigDecimal b = f.executed();
        BigDecimal w = f.weight();
        BigDecimal e = f.enteredScore();
        if (a == null && b == null && w == null && e == null) {
            return new FundsResult(null, null, null);
        }
        if (w == null) {
            out.add(new Finding(WEIGHT_MISSING, Severity.ERROR, at + "：未填写分值", at));
        }
        checkEnteredAgainstWeight(at, e, w, out);

        BigDecimal rate = null;
        BigDecimal points = null;
        String explanation;
        if (a == null || a.signum() == 0) {
            explanation = Explanations.fundsWithoutBudget(a);
            out.add(new Finding(FUNDS_RATE_MISSING_BUDGET, Severity.ERROR,
                    at + "：全年预算数" + (a == null ? "未填写" : "为 0") + "，无法计算执行率，按规则得 0 分", at));
            points = w == null ? null : Numbers.round(BigDecimal.ZERO);
        } else if (b == null) {
            explanation = Explanations.fundsWithoutExecuted();
            out.add(new Finding(ACTUAL_MISSING, Severity.ERROR, at + "：未填写全年执行数，无法计算执行率", at));
        } else {
            rate = Rates.of(b, a);
            points = w == null ? null : Rules.fundsPoints(a, b, w, p);
            explanation = Explanations.funds(a, b, w, rate, points);
            String ratio = "执行率 " + plain(b) + "/" + plain(a) + " = " + percent(rate);
            if (b.compareTo(a) > 0) {
                out.add(new Finding(EXECUTION_RATE_ABOVE_100, Severity.WARNING,
                        at + "：全年执行数 " + plain(b) + " 超过全年预算数 " + plain(a) + "（" + ratio + "）", at));
            }
            if (points != null && e != null && Numbers.differ(e, points)) {
                out.add(new Finding(FUNDS_SCORE_MISMATCH, Severity.ERROR, at + "：录入得分 " + fmt(e) + "，按规则应为 "
                        + fmt(points) + "（分值 " + plain(w) + "，" + ratio + "）", at));
            }
            checkPrintedRate(f.enteredRatePercent(), rate, ratio, out);
            if (rate.compareTo(p.executionRateThreshold()) < 0 && isBlank(f.fundsDeviationNote())) {
                out.add(new Finding(DEVIATION_NOTE_MISSING, Severity.WARNING, at + "：" + ratio + "，低于 "
                        + percent(p.executionRateThreshold()) + "，须填写偏差原因分析及改进措施", at));
            }
        }
        return new FundsResult(rate, points, explanation);
    }

    /** A printed rate is rounded by hand; it is wrong only when it is off by more than half its last digit. */
    private static void checkPrintedRate(BigDecimal printed, BigDecimal rate, String ratio, List<Finding> out) {
        if (printed == null) {
            return;
        }
        BigDecimal computed = rate.multiply(HUNDRED);
        BigDecimal halfDigit = BigDecimal.ONE.movePointLeft(Math.max(printed.scale(), 0)).divide(BigDecimal.valueOf(2));
        if (printed.subtract(computed).abs().compareTo(halfDigit) > 0) {
            out.add(new Finding(EXECUTION_RATE_MISMATCH, Severity.WARNING, Finding.FUNDS + "：执行率印为 "
                    + plain(printed) + "%，按全年执行数/全年预算数应为 " + percent(rate) + "（" + ratio + "）", Finding.FUNDS));
        }
    }

    // ---------------------------------------------------------------- rows

    /** What the rules make of one row before the checks on the entered score. */
    private record Evaluation(ScoreKind kind, BigDecimal computed, Band band, String overshoot, String explanation) {
    }

    private static IndicatorResult scoreRow(String level1, IndicatorInput row, int year, RuleProfile p,
                                            List<Finding> out) {
        String path = path(level1, row.level2(), row.level3());
        ParsedValue target = TargetParser.parse(row.target(), year);
        ParsedValue actual = TargetParser.parse(row.actual(), year);
        BigDecimal w = row.weight();
        BigDecimal e = row.enteredScore();

        if (w == null) {
            // Unused template lines ("指标 2:", 不涉及) carry neither weight nor score: nothing to say about them.
            boolean placeholder = e == null && actual instanceof Blank;
            if (!placeholder) {
                out.add(new Finding(WEIGHT_MISSING, Severity.ERROR, path + "：未填写分值，无法计分", path));
            }
            return new IndicatorResult(path, ScoreKind.NOT_SCORABLE, target, actual, null, e, null, e, null, false,
                    null, Explanations.notScorable("未填写分值"));
        }
        if (e == null) {
            out.add(new Finding(SCORE_MISSING, Severity.WARNING, path + "：未填写得分（分值 " + plain(w) + "）", path));
        }
        checkEnteredAgainstWeight(path, e, w, out);
        if (row.level3() != null && row.level3().contains("满意度") && !level1.contains("满意度")) {
            out.add(new Finding(INDICATOR_MISPLACED, Severity.WARNING,
                    path + "：满意度指标填在“" + level1 + "”下，应归入满意度指标", path));
        }

        Facts facts = new Facts(w, target, actual);
        Evaluation ev = evaluate(path, target, actual, w, e, row.answer(), facts, p, out);

        if (ev.computed() != null && e != null && Numbers.differ(e, ev.computed())) {
            boolean metButCut = ev.computed().compareTo(w) >= 0 && e.compareTo(w) < 0;
            out.add(new Finding(SCORE_MISMATCH, Severity.ERROR, path + "：" + (metButCut ? "指标已达成却被扣分，" : "")
                    + "录入得分 " + fmt(e) + "，按规则应为 " + fmt(ev.computed()) + facts, path));
        }

        String reason = deviationReason(w, e, ev, p);
        if (reason != null && isBlank(row.deviationNote())) {
            out.add(new Finding(DEVIATION_NOTE_MISSING, Severity.WARNING,
                    path + "：" + reason + "，须填写偏差原因分析及改进措施" + facts, path));
        }
        // Where the rules cannot compute, the entered score stands, but never beyond [0, W]: no rule gives more,
        // and a typo such as 100 for 10 would otherwise swamp the recomputed total.
        BigDecimal effective = ev.computed() != null ? ev.computed()
                : e == null ? null : e.max(BigDecimal.ZERO).min(w);
        return new IndicatorResult(path, ev.kind(), target, actual, w, e, ev.computed(), effective, ev.band(),
                reason != null, reason, ev.explanation());
    }

    private static Evaluation evaluate(String path, ParsedValue target, ParsedValue actual, BigDecimal w,
                                       BigDecimal e, QualitativeAnswer answer, Facts facts, RuleProfile p,
                                       List<Finding> out) {
        if (target instanceof Blank) {
            out.add(new Finding(TARGET_MISSING, Severity.ERROR, path + "：未填写年度指标值，无法计分", path));
            return new Evaluation(ScoreKind.NOT_SCORABLE, null, null, null, Explanations.notScorable("未填写年度指标值"));
        }
        if (target instanceof Qualitative) {
            out.add(new Finding(TARGET_NOT_MEASURABLE, Severity.INFO,
                    path + "：年度指标值“" + target.original() + "”无法量化，按定性指标人工评分", path));
            return qualitative(path, w, e, answer, p, out);
        }
        if (actual instanceof Blank) {
            out.add(new Finding(ACTUAL_MISSING, Severity.ERROR, path + "：未填写实际完成值" + facts, path));
            ScoreKind kind = target instanceof Quantity q ? kindOf(q.op())
                    : target instanceof Range ? ScoreKind.RANGE : ScoreKind.DATE;
            return new Evaluation(kind, null, null, null, Explanations.actualMissing());
        }
        if (target instanceof DateValue deadline) {
            if (actual instanceof DateValue done) {
                if (!done.date().isAfter(deadline.date())) {
                    return new Evaluation(ScoreKind.DATE, w.setScale(p.rowScale(), RoundingMode.HALF_UP), null, null,
                            Explanations.onTime(done.date(), deadline.date(), w));
                }
                Band band = Rules.lateBand(w, p);
                checkBand(path, e, band, "逾期完成（" + done.date() + " 晚于 " + deadline.date() + "）", out);
                return new Evaluation(ScoreKind.DATE, null, band, null,
                        Explanations.late(done.date(), deadline.date(), band));
            }
            return qualitative(path, w, e, answer, p, out);
        }
        // A range is checked against both ends; its upper end speaks for it in the messages and unit checks.
        Quantity t = target instanceof Range range ? range.high() : (Quantity) target;
        Quantity x = actual instanceof Quantity q ? q.towards(t.change()) : null;
        if (x == null) {
            // "≥5" achieved as "完成", or "≥95%" as "提高5%": nothing to compare, the officer judges the row.
            return qualitative(path, w, e, answer, p, out);
        }
        if (x.op() != Operator.NONE) {
            out.add(new Finding(ACTUAL_NOT_MEASURED, Severity.WARNING,
                    path + "：实际完成值“" + x.original() + "”是范围而非实际数值，按 " + plain(x.value()) + " 计" + facts,
                    path));
        }
        BigDecimal[] xt = comparable(t, x);
        if (xt == null) {
            out.add(new Finding(UNIT_MISMATCH, Severity.WARNING,
                    path + "：指标值与实际完成值单位不一致，无法按规则计分，沿用录入得分" + facts, path));
            return new Evaluation(ScoreKind.NOT_SCORABLE, null, null, null,
                    Explanations.notScorable("指标值与实际完成值单位不一致"));
        }
        BigDecimal xv = xt[0].max(BigDecimal.ZERO);
        BigDecimal tv = xt[1];
        int scale = p.rowScale();
        String unit = t.percent() ? "%" : xt[2] == null ? t.unit() : t.baseUnit();
        if (target instanceof Range range) {
            // Inside [low, high] → W; below low as a positive row, above high as a reverse one.
            BigDecimal[] low = comparable(range.low(), x);
            BigDecimal computed = Rules.positive(low[0].max(BigDecimal.ZERO), low[1], w, scale)
                    .min(Rules.reverse(xv, tv, w, p.reverseFormula(), scale));
            return new Evaluation(ScoreKind.RANGE, computed, null, null,
                    Explanations.range(xv, low[1], tv, w, computed, p.reverseFormula(), unit));
        }
        ScoreKind kind = kindOf(t.op());
        BigDecimal computed;
        String explanation;
        switch (kind) {
            case POSITIVE -> {
                computed = Rules.positive(xv, tv, w, scale);
                explanation = Explanations.positive(xv, tv, w, computed, unit);
            }
            case EQUAL -> {
                computed = Rules.equal(xv, tv, w, scale);
                explanation = Explanations.equal(xv, tv, w, computed, unit);
            }
            default -> {
                computed = Rules.reverse(xv, tv, w, p.reverseFormula(), scale);
                explanation = Explanations.reverse(xv, tv, w, computed, p.reverseFormula(), unit);
            }
        }
        String overshoot = kind == ScoreKind.POSITIVE && p.overshootNeedsNote() && Rules.overshoots(xv, tv, p)
                ? "实际值超过指标值的 " + plain(p.overshootThreshold()) + " 倍，指标值可能设定过低"
                : null;
        return new Evaluation(kind, computed, null, overshoot, explanation);
    }

    /**
     * The two amounts in one unit, [X, T, base] (base non-null when both were converted to their base unit), or null when they do not compare. Zero compares with anything (0% and 0
     *元 are the same nothing). A bare number takes the other side's unit, because officers often write the unit in
     * one column only (小于58万 / 57.888). Percent against a plain number (≥98 / 100%) does not compare: we cannot
     * tell which one is mistyped.
     */
    private static BigDecimal[] comparable(Quantity t, Quantity x) {
        if (t.value().signum() == 0 || x.value().signum() == 0) {
            return new BigDecimal[] {x.value(), t.value(), null};
        }
        if (t.percent() != x.percent()) {
            return null;
        }
        if (t.unit().isEmpty() || x.unit().isEmpty()) {
            return new BigDecimal[] {x.value(), t.value(), null};
        }
        String tb = t.baseUnit();
        String xb = x.baseUnit();
        if (tb.equals(xb) || tb.isEmpty() || xb.isEmpty()) {
            return new BigDecimal[] {x.baseValue(), t.baseValue(), BigDecimal.ONE};
        }
        return null;
    }

    private static ScoreKind kindOf(Operator op) {
        return switch (op) {
            case GE, GT, NONE -> ScoreKind.POSITIVE;
            case EQ -> ScoreKind.EQUAL;
            case LE, LT -> ScoreKind.REVERSE;
        };
    }

    private static Evaluation qualitative(String path, BigDecimal w, BigDecimal e, QualitativeAnswer answer,
                                          RuleProfile p, List<Finding> out) {
        if (answer == null) {
            out.add(new Finding(QUALITATIVE_ANSWER_MISSING, Severity.INFO,
                    path + "：定性指标未选择达成情况（达成/部分达成/未达成），无法核对得分区间", path));
            return new Evaluation(ScoreKind.QUALITATIVE, null, null, null, Explanations.qualitative(null, null));
        }
        Band band = Rules.band(answer, w, p);
        checkBand(path, e, band, answer.label(), out);
        return new Evaluation(ScoreKind.QUALITATIVE, null, band, null, Explanations.qualitative(answer, band));
    }

    private static void checkBand(String path, BigDecimal e, Band band, String why, List<Finding> out) {
        if (e != null && !band.contains(e)) {
            out.add(new Finding(BAND_VIOLATION, Severity.ERROR,
                    path + "：录入得分 " + fmt(e) + " 不在“" + why + "”的得分区间 " + band + " 内", path));
        }
    }

    /**
     * Why a deviation note is needed, or null. Below W counts on either side: what is printed or what is due. Some
     * regions want every qualitative row explained, whatever its score ({@link RuleProfile#qualitativeNoteRequired}).
     */
    private static String deviationReason(BigDecimal w, BigDecimal e, Evaluation ev, RuleProfile p) {
        BigDecimal lowest = e;
        if (ev.computed() != null && (lowest == null || ev.computed().compareTo(lowest) < 0)) {
            lowest = ev.computed();
        }
        if (lowest != null && lowest.compareTo(w) < 0) {
            return "得分 " + fmt(lowest) + " 低于分值 " + plain(w);
        }
        if (ev.overshoot() != null) {
            return ev.overshoot();
        }
        return p.qualitativeNoteRequired() && ev.kind() == ScoreKind.QUALITATIVE
                ? "按评分规则“" + p.name() + "”，定性指标须逐项说明完成情况" : null;
    }

    private static void checkEnteredAgainstWeight(String path, BigDecimal e, BigDecimal w, List<Finding> out) {
        if (e == null) {
            return;
        }
        if (w != null && e.compareTo(w) > 0) {
            out.add(new Finding(SCORE_ABOVE_WEIGHT, Severity.ERROR,
                    path + "：录入得分 " + fmt(e) + " 超过分值 " + plain(w), path));
        }
        if (e.signum() < 0) {
            out.add(new Finding(SCORE_NEGATIVE, Severity.ERROR, path + "：录入得分 " + fmt(e) + " 为负数", path));
        }
    }

    // ---------------------------------------------------------------- sheet-level checks

    private static void checkWeights(SheetInput input, List<Finding> out) {
        BigDecimal fundsWeight = input.funds() == null ? null : input.funds().weight();
        BigDecimal allRows = Numbers.orZero(fundsWeight);
        BigDecimal headers = Numbers.orZero(fundsWeight);
        boolean allHeaders = !input.level1().isEmpty();
        for (Level1Input level1 : input.level1()) {
            BigDecimal children = BigDecimal.ZERO;
            for (IndicatorInput row : level1.rows()) {
                children = children.add(Numbers.orZero(row.weight()));
            }
            allRows = allRows.add(children);
            String name = level1.name() == null ? "" : level1.name().strip();
            if (level1.weight() == null) {
                allHeaders = false;
            } else {
                headers = headers.add(level1.weight());
                if (children.compareTo(level1.weight()) != 0) {
                    out.add(new Finding(WEIGHT_SUM, Severity.ERROR, name + "：下属三级指标分值合计 " + plain(children)
                            + "，与一级指标分值 " + plain(level1.weight()) + " 不符", name));
                }
            }
        }
        if (allHeaders && headers.compareTo(HUNDRED) != 0) {
            out.add(new Finding(WEIGHT_SUM, Severity.ERROR, "一级指标分值合计（含预算执行率 " + plain(fundsWeight) + "）为 "
                    + plain(headers) + "，应为 100", Finding.TOTAL));
        }
        if (allRows.compareTo(HUNDRED) != 0 && !input.level1().isEmpty()) {
            out.add(new Finding(WEIGHT_SUM, Severity.ERROR, "全部分值合计（预算执行率 " + plain(fundsWeight)
                    + " 加各三级指标）为 " + plain(allRows) + "，应为 100", Finding.TOTAL));
        }
        BigDecimal printed = input.enteredTotalWeight();
        if (printed != null && printed.compareTo(allRows) != 0) {
            out.add(new Finding(TOTAL_WEIGHT_MISMATCH, Severity.ERROR, "总分分值印为 " + plain(printed)
                    + "，但预算执行率与各三级指标分值合计为 " + plain(allRows), Finding.TOTAL));
        }
    }

    private static void checkTotals(SheetInput input, List<IndicatorResult> rows, BigDecimal total, RuleProfile p,
                                     List<Finding> out) {
        String at = Finding.TOTAL;
        if (total.compareTo(HUNDRED) > 0) {
            out.add(new Finding(TOTAL_ABOVE_100, Severity.ERROR, "按规则重算总分 " + fmt(total) + " 超过 100", at));
        }
        BigDecimal printed = input.enteredTotal();
        if (printed != null) {
            if (printed.compareTo(HUNDRED) > 0) {
                out.add(new Finding(TOTAL_ABOVE_100, Severity.ERROR, "总分印为 " + fmt(printed) + "，超过 100", at));
            }
            BigDecimal parts = input.funds() == null ? BigDecimal.ZERO : Numbers.orZero(input.funds().enteredScore());
            for (IndicatorResult r : rows) {
                parts = parts.add(Numbers.orZero(r.enteredScore()));
            }
            if (Numbers.differ(printed, parts)) {
                out.add(new Finding(TOTAL_MISMATCH, Severity.ERROR, "总分印为 " + fmt(printed)
                        + "，但预算执行率得分与各指标录入得分合计为 " + fmt(parts), at));
            }
            if (Numbers.differ(printed, total)) {
                out.add(new Finding(TOTAL_MISMATCH, Severity.ERROR, "总分印为 " + fmt(printed) + "，按规则重算为 "
                        + fmt(total) + "（" + Grades.nameOf(total, p) + "）", at));
            }
        }
        String grade = input.enteredGrade();
        if (!isBlank(grade)) {
            BigDecimal basis = printed != null ? printed : total;
            if (!Grades.matches(grade, basis, p)) {
                out.add(new Finding(GRADE_MISMATCH, Severity.ERROR, "自评等级印为 " + grade.strip() + "，但总分 "
                        + fmt(basis) + " 对应等级为 " + Grades.nameOf(basis, p), at));
            }
        }
    }

    // ---------------------------------------------------------------- helpers

    static String path(String level1, String level2, String level3) {
        StringBuilder b = new StringBuilder();
        for (String part : new String[] {level1, level2, level3}) {
            if (!isBlank(part)) {
                if (b.length() > 0) {
                    b.append('/');
                }
                b.append(part.strip());
            }
        }
        return b.toString();
    }

    /**
     * The row's numbers for a message: "（分值 10，指标值 ≥80%，实际 70%）". Built only when a finding is raised, since
     * most rows raise none and the string would be most of the cost of scoring them.
     */
    private record Facts(BigDecimal weight, ParsedValue target, ParsedValue actual) {
        @Override
        public String toString() {
            return "（分值 " + plain(weight) + "，指标值 " + show(target) + "，实际 " + show(actual) + "）";
        }
    }

    private static String show(ParsedValue v) {
        return v instanceof Blank ? "（空）" : v.original();
    }

    private static String fmt(BigDecimal v) {
        return Numbers.score(v);
    }

    static String percent(BigDecimal rate) {
        return Rates.percent(rate);
    }

    static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
