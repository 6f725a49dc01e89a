package com.jixiao.scoring;

import java.util.Map;

/**
 * The stable finding codes. They are stored and filtered on: never rename one. Pages show a finding's Chinese
 * {@link #title} (the code stays in the API and as a tooltip on the page).
 */
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

    /** The 汇总表's or report's printed average differs from the mean of the projects' scores (department level). */
    public static final String AVERAGE_MISMATCH = "AVERAGE_MISMATCH";

    private static final Map<String, String> TITLES = Map.ofEntries(
            Map.entry(WEIGHT_SUM, "分值合计不符"),
            Map.entry(SCORE_ABOVE_WEIGHT, "得分超过分值"),
            Map.entry(SCORE_NEGATIVE, "得分为负数"),
            Map.entry(TOTAL_MISMATCH, "总分不符"),
            Map.entry(TOTAL_ABOVE_100, "总分超过100分"),
            Map.entry(TOTAL_WEIGHT_MISMATCH, "总分值不符"),
            Map.entry(GRADE_MISMATCH, "等级与总分不符"),
            Map.entry(FUNDS_SCORE_MISMATCH, "预算执行率得分不符"),
            Map.entry(EXECUTION_RATE_MISMATCH, "执行率计算不符"),
            Map.entry(FUNDS_RATE_MISSING_BUDGET, "缺少全年预算数"),
            Map.entry(EXECUTION_RATE_ABOVE_100, "执行率超过100%"),
            Map.entry(SCORE_MISMATCH, "得分与规则计算不符"),
            Map.entry(BAND_VIOLATION, "得分超出档次范围"),
            Map.entry(QUALITATIVE_ANSWER_MISSING, "未选择完成程度"),
            Map.entry(DEVIATION_NOTE_MISSING, "缺少偏差原因分析"),
            Map.entry(SCORE_MISSING, "未填写得分"),
            Map.entry(WEIGHT_MISSING, "未填写分值"),
            Map.entry(TARGET_MISSING, "未填写年度指标值"),
            Map.entry(ACTUAL_MISSING, "未填写实际完成值"),
            Map.entry(UNIT_MISMATCH, "单位不一致"),
            Map.entry(ACTUAL_NOT_MEASURED, "实际完成值不是实测值"),
            Map.entry(TARGET_NOT_MEASURABLE, "指标值无法量化"),
            Map.entry(INDICATOR_MISPLACED, "指标归类不当"),
            Map.entry(SUMMARY_MISMATCH, "汇总表与自评表不符"),
            Map.entry(AVERAGE_MISMATCH, "平均得分有误"));

    private FindingCodes() {
    }

    /** The Chinese title of a code, for pages; a code this version does not know is called 其他问题. */
    public static String title(String code) {
        return TITLES.getOrDefault(code, "其他问题");
    }
}
