package com.jixiao.api;

import com.jixiao.api.BoundedNumberJson.Score;
import com.jixiao.api.BoundedNumberJson.Weight;
import com.jixiao.imports.ImportedSheet;
import java.math.BigDecimal;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A 三级指标 row as the API reads it, flat with its 一级 (and the 一级's points) and 二级 — in
 * {@code POST /api/v1/score} and {@code PUT /api/v1/sheets/{id}} alike. Numbers are bounded while they are parsed
 * ({@link BoundedNumberJson}).
 *
 * @param answer a qualitative row's 达成情况 (ACHIEVED, PARTIALLY_ACHIEVED, NOT_ACHIEVED or its Chinese label);
 *               null for a row scored from its values
 */
public record IndicatorJson(String level1, @JsonDeserialize(using = Weight.class) BigDecimal level1Weight,
                            String level2, String level3, String target, String actual,
                            @JsonDeserialize(using = Weight.class) BigDecimal weight,
                            @JsonDeserialize(using = Score.class) BigDecimal enteredScore, String deviationNote,
                            String answer) {

    static final IndicatorJson EMPTY = new IndicatorJson(null, null, null, null, null, null, null, null, null, null);

    /** The same row as the import reads it from a file, so both are written and scored one way. */
    ImportedSheet.Indicator imported() {
        return new ImportedSheet.Indicator(level1, level1Weight, level2, level3, target, actual, weight, enteredScore,
                deviationNote, answer);
    }
}
