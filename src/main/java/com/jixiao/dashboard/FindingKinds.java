package com.jixiao.dashboard;

import com.jixiao.scoring.FindingCodes;
import java.util.Map;

/**
 * Chinese titles of the finding codes, for the dashboards' "findings by kind": the codes are stable
 * identifiers for filters and APIs, a head reads the title.
 */
final class FindingKinds {

    private static final Map<String, String> TITLES = Map.ofEntries(
            Map.entry(FindingCodes.WEIGHT_SUM, "分值合计不符"),
            Map.entry(FindingCodes.SCORE_ABOVE_WEIGHT, "得分超过分值"),
            Map.entry(FindingCodes.SCORE_NEGATIVE, "得分为负数"),
            Map.entry(FindingCodes.TOTAL_MISMATCH, "总分与各项得分之和不符"),
            Map.entry(FindingCodes.TOTAL_ABOVE_100, "总分超过100分"),
            Map.entry(FindingCodes.TOTAL_WEIGHT_MISMATCH, "总分分值与各项分值之和不符"),
            Map.entry(FindingCodes.GRADE_MISMATCH, "自评等级与总分不符"),
            Map.entry(FindingCodes.FUNDS_SCORE_MISMATCH, "预算执行率得分计算有误"),
            Map.entry(FindingCodes.EXECUTION_RATE_MISMATCH, "执行率计算有误"),
            Map.entry(FindingCodes.FUNDS_RATE_MISSING_BUDGET, "缺少全年预算数"),
            Map.entry(FindingCodes.EXECUTION_RATE_ABOVE_100, "执行率超过100%"),
            Map.entry(FindingCodes.SCORE_MISMATCH, "指标得分与评分规则不符"),
            Map.entry(FindingCodes.BAND_VIOLATION, "定性指标得分超出档次"),
            Map.entry(FindingCodes.QUALITATIVE_ANSWER_MISSING, "定性指标未选择完成情况"),
            Map.entry(FindingCodes.DEVIATION_NOTE_MISSING, "缺少偏差原因分析"),
            Map.entry(FindingCodes.SCORE_MISSING, "未填写得分"),
            Map.entry(FindingCodes.WEIGHT_MISSING, "未填写分值"),
            Map.entry(FindingCodes.TARGET_MISSING, "未填写年度指标值"),
            Map.entry(FindingCodes.ACTUAL_MISSING, "未填写实际完成值"),
            Map.entry(FindingCodes.UNIT_MISMATCH, "指标值与完成值单位不一致"),
            Map.entry(FindingCodes.ACTUAL_NOT_MEASURED, "实际完成值不是实测值"),
            Map.entry(FindingCodes.TARGET_NOT_MEASURABLE, "指标值无法量化，须手工评分"),
            Map.entry(FindingCodes.INDICATOR_MISPLACED, "满意度指标归类错误"),
            Map.entry(FindingCodes.SUMMARY_MISMATCH, "汇总表与自评表不一致"));

    private FindingKinds() {
    }

    /** The Chinese title; a code added later without a title still reads as Chinese. */
    static String title(String code) {
        return TITLES.getOrDefault(code, "其他问题");
    }
}
