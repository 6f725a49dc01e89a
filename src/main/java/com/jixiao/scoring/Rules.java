package com.jixiao.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The scoring formulas of DESIGN.md §5, one method per rule. W = weight, T = target, X = actual, all in the same
 * unit; X is never negative here (the caller counts a negative actual as 0). Results are rounded HALF_UP once, at
 * the end, to the profile's row scale (2 decimals nationally), so that no intermediate rounding shifts a printed
 * score.
 */
final class Rules {

    private Rules() {
    }

    /** Funds points: min(B/A, 1) × W, rounded to the profile's scale. A must be positive. */
    static BigDecimal fundsPoints(BigDecimal annualBudget, BigDecimal executed, BigDecimal weight, RuleProfile p) {
        if (executed.compareTo(annualBudget) >= 0) {
            return weight.setScale(p.fundsScale(), RoundingMode.HALF_UP);
        }
        BigDecimal spent = executed.max(BigDecimal.ZERO);
        return spent.multiply(weight).divide(annualBudget, p.fundsScale(), RoundingMode.HALF_UP);
    }

    /**
     * ≥, > and bare numbers: X ≥ T → W, else W × X/T. Strict > is scored like ≥: the formulas of 财预〔2020〕10号
     * and pmkpi only distinguish the direction, and an actual exactly on a strict line is a rounding question.
     */
    static BigDecimal positive(BigDecimal x, BigDecimal t, BigDecimal w, int scale) {
        if (x.compareTo(t) >= 0 || t.signum() <= 0) {
            return w.setScale(scale, RoundingMode.HALF_UP);
        }
        return w.multiply(x).divide(t, scale, RoundingMode.HALF_UP);
    }

    /** =: with T ≠ 0 as positive; = 0 (零事故) is all or nothing, since W × X/0 has no meaning. */
    static BigDecimal equal(BigDecimal x, BigDecimal t, BigDecimal w, int scale) {
        if (t.signum() == 0) {
            return (x.signum() <= 0 ? w : BigDecimal.ZERO).setScale(scale, RoundingMode.HALF_UP);
        }
        return positive(x, t, w, scale);
    }

    /**
     * ≤ and < (故障率 ≤5%): X ≤ T → W. Above T the profile decides: LINEAR_TO_DOUBLE gives W × (1 − (X−T)/T) and
     * 0 from 2T on; RATIO gives W × T/X. T ≤ 0 is all or nothing. Strict < is scored like ≤ (see {@link #positive}).
     */
    static BigDecimal reverse(BigDecimal x, BigDecimal t, BigDecimal w, ReverseFormula formula, int scale) {
        if (x.compareTo(t) <= 0) {
            return w.setScale(scale, RoundingMode.HALF_UP);
        }
        if (t.signum() <= 0) {
            return BigDecimal.ZERO.setScale(scale);
        }
        return switch (formula) {
            case LINEAR_TO_DOUBLE -> {
                BigDecimal twiceT = t.add(t);
                yield x.compareTo(twiceT) >= 0
                        ? BigDecimal.ZERO.setScale(scale)
                        : w.multiply(twiceT.subtract(x)).divide(t, scale, RoundingMode.HALF_UP);
            }
            case RATIO -> w.multiply(t).divide(x, scale, RoundingMode.HALF_UP);
        };
    }

    /**
     * The band a hand-entered score must fall in: 达成 [a·W, W], 部分达成 [p·W, a·W), 未达成 [0, p·W), with a and p
     * the profile's cut-offs (0.8 and 0.6 nationally).
     */
    static Band band(QualitativeAnswer answer, BigDecimal w, RuleProfile p) {
        BigDecimal achieved = Numbers.round(w.multiply(p.achievedCutoff()));
        BigDecimal partial = Numbers.round(w.multiply(p.partialCutoff()));
        return switch (answer) {
            case ACHIEVED -> new Band(achieved, Numbers.round(w), true);
            case PARTIALLY_ACHIEVED -> new Band(partial, achieved, false);
            case NOT_ACHIEVED -> new Band(Numbers.round(BigDecimal.ZERO), partial, false);
        };
    }

    /**
     * A missed deadline is not 达成, so its score is entered by hand below the 达成 band: [0, a·W). We do not give
     * 0 outright because DESIGN.md treats dates as qualitative when they do not meet, and a week late is not the same
     * as never delivered.
     */
    static Band lateBand(BigDecimal w, RuleProfile p) {
        return new Band(Numbers.round(BigDecimal.ZERO), Numbers.round(w.multiply(p.achievedCutoff())), false);
    }

    /** X ≥ threshold × T on a positive row: the target may have been set too low. */
    static boolean overshoots(BigDecimal x, BigDecimal t, RuleProfile p) {
        return t.signum() > 0 && x.compareTo(t.multiply(p.overshootThreshold())) >= 0;
    }
}
