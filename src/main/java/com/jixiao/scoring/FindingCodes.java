package com.jixiao.scoring;

/** The stable finding codes. They are stored and filtered on: never rename one. */
public final class FindingCodes {

    /** Children's weights ≠ their 一级指标 weight, or all weights (with funds) ≠ 100. */
    public static final String WEIGHT_SUM = "WEIGHT_SUM";
    /** An entered score above the row's (or funds block's) weight. */
    public static final String SCORE_ABOVE_WEIGHT = "SCORE_ABOVE_WEIGHT";
    /** An entered score below zero. */
    public static final String SCORE_NEGATIVE = "SCORE_NEGATIVE";
    /** Printed total ≠ sum of the printed parts, or ≠ the recomputed total. */
    public static final String TOTAL_MISMATCH = "TOTAL_MISMATCH";
    /** A total (computed or printed) above 100. */
    public static final String TOTAL_ABOVE_100 = "TOTAL_ABOVE_100";
    /** Printed 总分 分值 ≠ the sum of the weights. */
    public static final String TOTAL_WEIGHT_MISMATCH = "TOTAL_WEIGHT_MISMATCH";
    /** Printed grade ≠ the grade of the printed total. */
    public static final String GRADE_MISMATCH = "GRADE_MISMATCH";
    /** Printed funds points ≠ min(B/A, 1) × W. */
    public static final String FUNDS_SCORE_MISMATCH = "FUNDS_SCORE_MISMATCH";
    /** Printed 执行率 ≠ B/A beyond its printed precision. */
    public static final String EXECUTION_RATE_MISMATCH = "EXECUTION_RATE_MISMATCH";
    /** A (全年预算数) missing or 0: no rate can be computed. */
    public static final String FUNDS_RATE_MISSING_BUDGET = "FUNDS_RATE_MISSING_BUDGET";
    /** B > A. */
    public static final String EXECUTION_RATE_ABOVE_100 = "EXECUTION_RATE_ABOVE_100";
    /** Entered score ≠ computed score by more than 0.01 on a row the rules can compute. */
    public static final String SCORE_MISMATCH = "SCORE_MISMATCH";
    /** Qualitative row scored outside the band of its answer. */
    public static final String BAND_VIOLATION = "BAND_VIOLATION";
    /** Qualitative row without a chosen answer: its band cannot be checked. */
    public static final String QUALITATIVE_ANSWER_MISSING = "QUALITATIVE_ANSWER_MISSING";
    /** Below W, overshoot or low execution rate without a 偏差原因分析. */
    public static final String DEVIATION_NOTE_MISSING = "DEVIATION_NOTE_MISSING";
    public static final String SCORE_MISSING = "SCORE_MISSING";
    public static final String WEIGHT_MISSING = "WEIGHT_MISSING";
    public static final String TARGET_MISSING = "TARGET_MISSING";
    public static final String ACTUAL_MISSING = "ACTUAL_MISSING";
    /** Target and actual in units that cannot be compared (≤5 vs 100%). */
    public static final String UNIT_MISMATCH = "UNIT_MISMATCH";
    /** 实际完成值 written as a range (">=20%") instead of a measured value. */
    public static final String ACTUAL_NOT_MEASURED = "ACTUAL_NOT_MEASURED";
    /** Qualitative 年度指标值 (降低案发率): the row can only be scored by hand. */
    public static final String TARGET_NOT_MEASURABLE = "TARGET_NOT_MEASURABLE";
    /** A 满意度 indicator filed under another 一级指标. */
    public static final String INDICATOR_MISPLACED = "INDICATOR_MISPLACED";
    /** A 汇总表 row whose funds or score differ from its sheet. */
    public static final String SUMMARY_MISMATCH = "SUMMARY_MISMATCH";

    private FindingCodes() {
    }
}
