package com.jixiao.sheet.edit;

import com.jixiao.sheet.Missing;

/**
 * One thing that keeps a sheet from being submitted, as the editor lists it.
 *
 * @param fieldId the id of the input to fix, for the link on the page
 */
public record MissingItem(String fieldId, String message) {

    /** The sheet's own finding, linked to the editor's input for it (rows by their place in the form). */
    static MissingItem of(Missing missing) {
        int i = missing.index();
        String fieldId = switch (missing.part()) {
            case ANNUAL_BUDGET -> "funds-APPROPRIATION-annualBudget";
            case EXECUTED -> "funds-APPROPRIATION-executed";
            case FUNDS_WEIGHT -> "fundsWeight";
            case FUNDS_DEVIATION_NOTE -> "fundsDeviationNote";
            case EXPECTED_GOAL -> "expectedGoal";
            case ACTUAL_RESULT -> "actualResult";
            case INDICATORS -> "indicators";
            case ROW_NAME -> "r" + i + "-name";
            case ROW_TARGET -> "r" + i + "-target";
            case ROW_ACTUAL -> "r" + i + "-actual";
            case ROW_WEIGHT -> "r" + i + "-weight";
            case ROW_ANSWER -> "r" + i + "-answer";
            case ROW_SCORE -> "r" + i + "-score";
            case ROW_OVERRIDE_REASON -> "r" + i + "-overrideReason";
            case ROW_DEVIATION_NOTE -> "r" + i + "-deviationNote";
            case LEVEL1_WEIGHT -> "l1-" + i + "-weight";
            case TOTAL -> "total-box";
        };
        return new MissingItem(fieldId, missing.message());
    }
}
