package com.jixiao.scoring;

/**
 * Comparison operator of a 年度指标值, as in the pmkpi platform (1 ≥, 2 >, 3 =, 4 <, 5 ≤).
 *
 * <p>{@link #NONE} is a bare number such as {@code 67}, {@code 2个} or {@code 100%}. Officers write the amount they
 * promised to deliver, so a bare number is scored as "at least this much" (like ≥); reading it as a strict = would
 * punish over-delivery, which the rules only flag (overshoot), never penalise. 左右 (about) and 约 read as NONE too.
 * Words read as operators: before the number 不低于/不少于/至少/达到 (≥), 超过/高于/大于 (>), 低于/少于/不足 (<),
 * 不高于/不超过/最多/控制在 (≤); after it 以上 (≥) and 以下/以内/内 (≤), which in Chinese include the number itself.
 */
public enum Operator {
    GE, GT, EQ, LT, LE, NONE
}
