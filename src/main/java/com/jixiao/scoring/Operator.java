package com.jixiao.scoring;

/**
 * Comparison operator of a 年度指标值, as in the pmkpi platform (1 ≥, 2 >, 3 =, 4 <, 5 ≤).
 *
 * <p>{@link #NONE} is a bare number such as {@code 67}, {@code 2个} or {@code 100%}. Officers write the amount they
 * promised to deliver, so a bare number is scored as "at least this much" (like ≥); reading it as a strict = would
 * punish over-delivery, which the rules only flag (overshoot), never penalise.
 */
public enum Operator {
    GE, GT, EQ, LT, LE, NONE
}
