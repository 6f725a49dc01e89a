package com.jixiao.scoring;

import java.math.BigDecimal;
import java.time.LocalDate;

import static com.jixiao.scoring.Numbers.plain;

/**
 * The one place that says in Chinese, with the row's numbers, which rule gave a score: "反向指标：实际 7% 超过指标值
 * 5%，得分 = 20 ×（1 − 2/5）= 12". {@link Scorer} attaches the sentence to each result; pages and the API show it
 * as it is, so the words and the arithmetic never differ between them.
 */
final class Explanations {

    private Explanations() {
    }

    static String positive(BigDecimal x, BigDecimal t, BigDecimal w, BigDecimal score, String unit) {
        return compared("正向指标", x, t, w, score, unit);
    }

    static String equal(BigDecimal x, BigDecimal t, BigDecimal w, BigDecimal score, String unit) {
        if (t.signum() == 0) {
            return x.signum() <= 0
                    ? "等于指标：指标值为 0，实际为 0，得满分 " + plain(w)
                    : "等于指标：指标值为 0，实际 " + amount(x, unit) + " 不为 0，得 0 分";
        }
        return compared("等于指标（按正向计）", x, t, w, score, unit);
    }

    private static String compared(String kind, BigDecimal x, BigDecimal t, BigDecimal w, BigDecimal score,
                                   String unit) {
        if (x.compareTo(t) >= 0 || t.signum() <= 0) {
            return kind + "：实际 " + amount(x, unit) + " 达到指标值 " + amount(t, unit) + "，得满分 " + plain(w);
        }
        return kind + "：实际 " + amount(x, unit) + " 未达到指标值 " + amount(t, unit) + "，得分 = " + plain(w)
                + " × " + plain(x) + "/" + plain(t) + " = " + plain(score);
    }

    static String reverse(BigDecimal x, BigDecimal t, BigDecimal w, BigDecimal score, ReverseFormula formula,
                          String unit) {
        String head = "反向指标：实际 " + amount(x, unit);
        if (x.compareTo(t) <= 0) {
            return head + " 未超过指标值 " + amount(t, unit) + "，得满分 " + plain(w);
        }
        if (t.signum() <= 0) {
            return head + " 超过指标值 " + amount(t, unit) + "，得 0 分";
        }
        return switch (formula) {
            case LINEAR_TO_DOUBLE -> x.compareTo(t.add(t)) >= 0
                    ? head + " 达到指标值 " + amount(t, unit) + " 的 2 倍，得 0 分"
                    : head + " 超过 " + amount(t, unit) + "，得分 = " + plain(w) + " ×（1 − " + plain(x.subtract(t))
                    + "/" + plain(t) + "）= " + plain(score);
            case RATIO -> head + " 超过 " + amount(t, unit) + "，得分 = " + plain(w) + " × " + plain(t) + "/"
                    + plain(x) + " = " + plain(score);
        };
    }

    /** A range target (85%～95%): full points inside, below the low end as a positive row, above the high end as a reverse one. */
    static String range(BigDecimal x, BigDecimal low, BigDecimal high, BigDecimal w, BigDecimal score,
                        ReverseFormula formula, String unit) {
        if (x.compareTo(low) < 0) {
            return "区间指标，低于下限按" + positive(x, low, w, score, unit);
        }
        if (x.compareTo(high) > 0) {
            return "区间指标，高于上限按" + reverse(x, high, w, score, formula, unit);
        }
        return "区间指标：实际 " + amount(x, unit) + " 在 " + amount(low, unit) + "～" + amount(high, unit)
                + " 之间，得满分 " + plain(w);
    }

    static String onTime(LocalDate done, LocalDate deadline, BigDecimal w) {
        return "日期指标：" + done + " 完成，未晚于 " + deadline + "，得满分 " + plain(w);
    }

    static String late(LocalDate done, LocalDate deadline, Band band) {
        return "日期指标：" + done + " 晚于 " + deadline + "，逾期完成，得分由人工在 " + band + " 内评定";
    }

    static String qualitative(QualitativeAnswer answer, Band band) {
        return answer == null
                ? "定性指标：尚未选择达成情况（达成/部分达成/未达成），得分由人工评定"
                : "定性指标：“" + answer.label() + "”，得分由人工在 " + band + " 内评定";
    }

    static String notScorable(String why) {
        return "无法按规则计算（" + why + "），沿用录入得分";
    }

    static String actualMissing() {
        return "未填写实际完成值，暂不能计算得分";
    }

    static String funds(BigDecimal a, BigDecimal b, BigDecimal w, BigDecimal rate, BigDecimal points) {
        String ratio = "预算执行率：" + plain(b) + "/" + plain(a) + " = " + Rates.percent(rate);
        if (w == null) {
            return ratio + "，未填写分值，无法计分";
        }
        if (b.compareTo(a) >= 0) {
            return ratio + "，不低于 100%，得满分 " + plain(w);
        }
        return ratio + "，得分 = " + plain(w) + " × " + plain(b) + "/" + plain(a) + " = " + plain(points);
    }

    static String fundsWithoutBudget(BigDecimal a) {
        return "预算执行率：全年预算数" + (a == null ? "未填写" : "为 0") + "，无法计算执行率，按规则得 0 分";
    }

    static String fundsWithoutExecuted() {
        return "预算执行率：未填写全年执行数，暂不能计算得分";
    }

    /** A compared amount with the unit it was compared in: 7%, 69000元. */
    private static String amount(BigDecimal v, String unit) {
        return plain(v) + unit;
    }
}
