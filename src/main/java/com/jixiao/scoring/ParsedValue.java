package com.jixiao.scoring;

import java.math.BigDecimal;
import java.time.LocalDate;

/** What {@link TargetParser} read from a 年度指标值 or 实际完成值; every variant keeps the original text. */
public sealed interface ParsedValue {

    String original();

    /**
     * A number with operator and unit, e.g. {@code ≥98%}, {@code 小于58万}, {@code 69000元}, {@code 降低3%}.
     *
     * @param value   the number as written (58 for 小于58万); see {@link #baseValue()} for the comparable amount
     * @param unit    the unit as written without the percent sign ("万", "万元", "条"), "" when none
     * @param percent whether the number is a percentage (98 for 98%)
     * @param change  whether the number is the size of a decrease or increase (降低3%, 增长2个百分点), see {@link Change}
     */
    record Quantity(Operator op, BigDecimal value, String unit, boolean percent, String original, Change change)
            implements ParsedValue {

        /** A level, not a change. */
        public Quantity(Operator op, BigDecimal value, String unit, boolean percent, String original) {
            this(op, value, unit, percent, original, Change.NONE);
        }

        /** The unit that amounts are compared in: 万元 and 元 both compare in 元, 公里 in 米. */
        public String baseUnit() {
            return Units.baseUnit(unit);
        }

        /** The value in {@link #baseUnit()}: 6.9万 → 69000, 2公里 → 2000. */
        public BigDecimal baseValue() {
            return value.multiply(Units.factor(unit));
        }

        /**
         * This amount counted towards a target whose change is {@code target} (see {@link Change}): as it is when the
         * directions agree or this one names none; negative when they are opposite (增长1% against 降低3%); null
         * when this is a change and the target a level (提高5% against ≥95%), which do not compare.
         */
        public Quantity towards(Change target) {
            int sign = change.signTowards(target);
            if (sign == 0) {
                return null;
            }
            return sign > 0 ? this : new Quantity(op, value.negate(), unit, percent, original, target);
        }
    }

    /**
     * A range such as {@code 85%～95%}, {@code 80-90分} or {@code 80至90}: both ends share unit, percent and change.
     * Scored as both "≥ low" and "≤ high" at once (see {@code Scorer}).
     */
    record Range(Quantity low, Quantity high, String original) implements ParsedValue {
    }

    /** A deadline or completion date, e.g. {@code 2021年12月底} → ≤ 2021-12-31. */
    record DateValue(Operator op, LocalDate date, String original) implements ParsedValue {
    }

    /** Text that cannot be compared as a number or date, e.g. {@code 有效提升}, {@code 完成}. */
    record Qualitative(String original) implements ParsedValue {
    }

    /** Nothing written. */
    record Blank() implements ParsedValue {
        @Override
        public String original() {
            return "";
        }
    }
}
