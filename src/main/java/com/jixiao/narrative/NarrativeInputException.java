package com.jixiao.narrative;

import java.util.Map;

/** The editor's form cannot be saved; {@code errors} maps each field (title, bodies[2] …) to its Chinese message. */
public class NarrativeInputException extends RuntimeException {

    private final Map<String, String> errors;

    public NarrativeInputException(Map<String, String> errors) {
        super(String.join(" ", errors.values()));
        this.errors = Map.copyOf(errors);
    }

    public Map<String, String> errors() {
        return errors;
    }
}
