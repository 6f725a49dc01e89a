package com.jixiao.project;

import java.util.List;

/**
 * A change refused because the project's sheet is submitted or approved: what was submitted stays as submitted.
 * {@code fields} are the form fields the user tried to change (empty for a deletion).
 */
public class ProjectLockedException extends RuntimeException {

    private final List<String> fields;

    ProjectLockedException(String message, List<String> fields) {
        super(message);
        this.fields = List.copyOf(fields);
    }

    public List<String> fields() {
        return fields;
    }
}
