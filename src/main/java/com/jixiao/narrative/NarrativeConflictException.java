package com.jixiao.narrative;

/**
 * Someone saved (or submitted) the report since the form was opened. Carries what is saved now, so the page can
 * name who and when while it keeps the user's own text.
 */
public class NarrativeConflictException extends RuntimeException {

    private final transient NarrativeReport current;

    public NarrativeConflictException(NarrativeReport current) {
        super("自评报告已被他人修改。");
        this.current = current;
    }

    /** Null when the report was deleted meanwhile (cannot happen today) or when the form was for a saved report. */
    public NarrativeReport current() {
        return current;
    }
}
