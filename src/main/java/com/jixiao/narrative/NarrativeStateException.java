package com.jixiao.narrative;

/** A change the report's state does not allow (editing a submitted report, submitting twice): a 409 page. */
public class NarrativeStateException extends RuntimeException {

    public NarrativeStateException(String message) {
        super(message);
    }
}
