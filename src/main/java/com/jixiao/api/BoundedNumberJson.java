package com.jixiao.api;

import com.jixiao.common.input.NumberBounds;
import java.math.BigDecimal;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * Reads the numbers of the API through {@link NumberBounds}, from the token's text, so that Jackson never builds
 * the {@link BigDecimal} of {@code 1e10000000}: the value is checked while the request is parsed, and one out of
 * range is refused as a 400 naming its field ({@link ScoreApiErrors}). A number may also come as a JSON string
 * ("58.762315", "１２３"), read the same way as in the 附1 form.
 */
abstract class BoundedNumberJson extends ValueDeserializer<BigDecimal> {

    private final NumberBounds bounds;
    private final String label;

    BoundedNumberJson(NumberBounds bounds, String label) {
        this.bounds = bounds;
        this.label = label;
    }

    @Override
    public BigDecimal deserialize(JsonParser p, DeserializationContext ctxt) throws JacksonException {
        JsonToken token = p.currentToken();
        if (token != JsonToken.VALUE_NUMBER_INT && token != JsonToken.VALUE_NUMBER_FLOAT
                && token != JsonToken.VALUE_STRING) {
            return (BigDecimal) ctxt.handleUnexpectedToken(BigDecimal.class, p);
        }
        NumberBounds.Checked checked = bounds.check(p.getString(), label);
        if (checked.rejected()) {
            throw new OutOfBounds(p, checked.message());
        }
        return checked.value();
    }

    /** 万元 amounts: not negative, at most 12 integer digits and 6 decimals. */
    static final class Money extends BoundedNumberJson {
        Money() {
            super(NumberBounds.MONEY, "金额");
        }
    }

    /** Weights (分值): 0–100, at most 2 decimals. */
    static final class Weight extends BoundedNumberJson {
        Weight() {
            super(NumberBounds.SCORE, "分值");
        }
    }

    /** Scores (得分): 0–100, at most 2 decimals. */
    static final class Score extends BoundedNumberJson {
        Score() {
            super(NumberBounds.SCORE, "得分");
        }
    }

    /** A number outside its bounds; {@link #getOriginalMessage()} is the Chinese reason. */
    static final class OutOfBounds extends MismatchedInputException {
        OutOfBounds(JsonParser p, String reason) {
            super(p, reason, BigDecimal.class);
        }
    }
}
