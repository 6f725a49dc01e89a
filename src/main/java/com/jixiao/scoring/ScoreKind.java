package com.jixiao.scoring;

/** How a row was scored. */
public enum ScoreKind {
    /** ≥, > or a bare number: W when met, else W × X/T. */
    POSITIVE,
    /** =: as positive, or for = 0 all-or-nothing. */
    EQUAL,
    /** ≤, <: less is better. */
    REVERSE,
    /** A deadline compared with a completion date. */
    DATE,
    /** Scored by hand inside the band of the officer's answer. */
    QUALITATIVE,
    /** The rules cannot score the row (no weight, no target, units that do not compare): the entered score stands. */
    NOT_SCORABLE
}
