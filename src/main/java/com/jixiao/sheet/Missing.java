package com.jixiao.sheet;

/**
 * One thing that keeps a sheet from being submitted (送审), found by {@link ScoreSheet#missingForSubmission()}.
 *
 * @param part    where on the 附1 the fix goes
 * @param index   for a row part the row's place among all 三级 rows in sheet order, for {@link Part#LEVEL1_WEIGHT}
 *                the 一级指标's place; -1 otherwise
 * @param message in Chinese, naming the row and the numbers
 */
public record Missing(Part part, int index, String message) {

    public enum Part {
        ANNUAL_BUDGET, EXECUTED, FUNDS_WEIGHT, FUNDS_DEVIATION_NOTE, EXPECTED_GOAL, ACTUAL_RESULT, INDICATORS,
        ROW_NAME, ROW_TARGET, ROW_ACTUAL, ROW_WEIGHT, ROW_ANSWER, ROW_SCORE, ROW_OVERRIDE_REASON, ROW_DEVIATION_NOTE,
        LEVEL1_WEIGHT, TOTAL
    }
}
