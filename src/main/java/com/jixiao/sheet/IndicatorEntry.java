package com.jixiao.sheet;

import com.jixiao.scoring.QualitativeAnswer;
import com.jixiao.scoring.SheetInput.IndicatorInput;
import java.math.BigDecimal;

/**
 * What is entered or printed on a 三级指标 row: the one declaration of these values on Jixiao's side. The entity
 * ({@link Indicator#entry()}), the stored-row projection ({@link IndicatorRow}), the editor's read form row and the
 * aggregate's save plan ({@link IndicatorPlan.Row}) all carry one; the scoring core takes it through {@link #input}.
 *
 * @param qualitativeAnswer a {@link com.jixiao.scoring.QualitativeAnswer} name for a qualitative row, else null
 * @param scoreOverrideReason why the entered score differs from the computed one; null when it does not
 */
public record IndicatorEntry(String name, String targetText, String actualText, BigDecimal weight,
                             BigDecimal enteredScore, String qualitativeAnswer, String scoreOverrideReason,
                             String deviationNote) {

    /**
     * The row as the scoring core takes it, under its 二级 {@code level2}: stored rows and rows being edited are
     * scored this way.
     */
    public IndicatorInput input(String level2) {
        return input(level2, enteredScore);
    }

    /** As {@link #input(String)}, scored as if {@code score} had been entered (the editor's passes). */
    public IndicatorInput input(String level2, BigDecimal score) {
        return new IndicatorInput(level2, name, targetText, actualText, weight, score, deviationNote,
                answer(qualitativeAnswer));
    }

    /** This entry as it is saved with {@code score}; {@code overrideReason} null when the score is not an override. */
    public IndicatorEntry scored(BigDecimal score, String overrideReason) {
        return new IndicatorEntry(name, targetText, actualText, weight, score, qualitativeAnswer, overrideReason,
                deviationNote);
    }

    /** A stored answer name as the core's answer; null for none, or for a name no longer known. */
    static QualitativeAnswer answer(String stored) {
        if (stored == null || stored.isBlank()) {
            return null;
        }
        try {
            return QualitativeAnswer.valueOf(stored);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
