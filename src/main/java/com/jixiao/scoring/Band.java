package com.jixiao.scoring;

import java.math.BigDecimal;

/** The allowed range of a hand-entered score: [low, high] or [low, high). */
public record Band(BigDecimal low, BigDecimal high, boolean highInclusive) {

    public boolean contains(BigDecimal score) {
        int hi = score.compareTo(high);
        return score.compareTo(low) >= 0 && (highInclusive ? hi <= 0 : hi < 0);
    }

    @Override
    public String toString() {
        return "[" + Numbers.score(low) + ", " + Numbers.score(high) + (highInclusive ? "]" : ")");
    }
}
