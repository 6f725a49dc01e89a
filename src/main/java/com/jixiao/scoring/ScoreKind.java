package com.jixiao.scoring;

/** How a row was scored. */
public enum ScoreKind {
    /** ≥, > or a bare number: W when met, else W × X/T. */
    POSITIVE("正向"),
    /** =: as positive, or for = 0 all-or-nothing. */
    EQUAL("等于"),
    /** ≤, <: less is better. */
    REVERSE("反向"),
    /** A range (85%～95%): both ≥ low and ≤ high, the lower of the two scores. */
    RANGE("区间"),
    /** A deadline compared with a completion date. */
    DATE("日期"),
    /** Scored by hand inside the band of the officer's answer. */
    QUALITATIVE("定性"),
    /** The rules cannot score the row (no weight, no target, units that do not compare): the entered score stands. */
    NOT_SCORABLE("无法按规则计算");

    private final String label;

    ScoreKind(String label) {
        this.label = label;
    }

    /** Chinese name shown next to a row's computed score. */
    public String label() {
        return label;
    }
}
