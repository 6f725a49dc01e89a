package com.jixiao.sheet;

import java.math.BigDecimal;

/**
 * What is entered or printed on a 三级指标 row.
 *
 * @param qualitativeAnswer a {@link com.jixiao.scoring.QualitativeAnswer} name for a qualitative row, else null
 * @param scoreOverrideReason why the entered score differs from the computed one; null when it does not
 */
public record IndicatorEntry(String name, String targetText, String actualText, BigDecimal weight,
                             BigDecimal enteredScore, String qualitativeAnswer, String scoreOverrideReason,
                             String deviationNote) {
}
