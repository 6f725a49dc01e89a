package com.jixiao.scoring;

import java.math.BigDecimal;
import java.time.LocalDate;

/** What {@link TargetParser} read from a 年度指标值 or 实际完成值; every variant keeps the original text. */
public sealed interface ParsedValue {

    String original();

    /**
     * A number with operator and unit, e.g. {@code ≥98%}, {@code 小于58万}, {@code 69000元}.
     *
     * @param value   the number as written (58 for 小于58万); see {@link #baseValue()} for the comparable amount
     * @param unit    the unit as written without the percent sign ("万", "万元", "条"), "" when none
     * @param percent whether the number is a percentage (98 for 98%)
     */
    record Quantity(Operator op, BigDecimal value, String unit, boolean percent, String original)
            implements ParsedValue {

        /** The unit that amounts are compared in: 万元 and 元 both compare in 元, 公里 in 米. */
        public String baseUnit() {
            return Units.baseUnit(unit);
        }

        /** The value in {@link #baseUnit()}: 6.9万 → 69000, 2公里 → 2000. */
        public BigDecimal baseValue() {
            return value.multiply(Units.factor(unit));
        }
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
