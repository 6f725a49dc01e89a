package com.jixiao.sheet.edit;

/**
 * One field where the saved sheet and the officer's rejected input differ, for the conflict page.
 *
 * @param fieldId the input on the page that holds {@code yours}, or null when the row is not in the officer's form
 */
public record FieldChange(String label, String theirs, String yours, String fieldId) {
}
