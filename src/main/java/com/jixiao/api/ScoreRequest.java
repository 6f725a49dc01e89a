package com.jixiao.api;

import com.jixiao.api.BoundedNumberJson.Money;
import com.jixiao.api.BoundedNumberJson.Score;
import com.jixiao.api.BoundedNumberJson.Weight;
import java.math.BigDecimal;
import java.util.List;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * Body of {@code POST /api/v1/score}: one sheet to score, nothing stored. Every field may be
 * missing; what is missing becomes a finding, not an error. Numbers are bounded while they are parsed
 * ({@link BoundedNumberJson}); texts, rows and the year are bounded by {@link ScoreApiController} before scoring.
 */
public record ScoreRequest(String profile, Funds funds, List<IndicatorJson> indicators,
                           @JsonDeserialize(using = Score.class) BigDecimal enteredTotal,
                           @JsonDeserialize(using = Weight.class) BigDecimal enteredTotalWeight,
                           String enteredGrade, Integer fiscalYear) {

    public record Funds(@JsonDeserialize(using = Money.class) BigDecimal initialBudget,
                        @JsonDeserialize(using = Money.class) BigDecimal annualBudget,
                        @JsonDeserialize(using = Money.class) BigDecimal executed,
                        @JsonDeserialize(using = Weight.class) BigDecimal weight,
                        @JsonDeserialize(using = Score.class) BigDecimal enteredScore, String deviationNote) {
    }
}
