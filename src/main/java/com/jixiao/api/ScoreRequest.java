package com.jixiao.api;

import java.math.BigDecimal;
import java.util.List;

/**
 * Body of {@code POST /api/v1/score}: one sheet to score, nothing stored. Every field may be
 * missing; what is missing becomes a finding, not an error.
 */
public record ScoreRequest(String profile, Funds funds, List<Indicator> indicators, BigDecimal enteredTotal,
                           BigDecimal enteredTotalWeight, String enteredGrade, Integer fiscalYear) {

    public record Funds(BigDecimal initialBudget, BigDecimal annualBudget, BigDecimal executed, BigDecimal weight,
                       BigDecimal enteredScore, String deviationNote) {
    }

    public record Indicator(String level1, BigDecimal level1Weight, String level2, String level3, String target,
                            String actual, BigDecimal weight, BigDecimal enteredScore, String deviationNote,
                            String answer) {
    }
}
