package com.jixiao.sheet.edit;

/**
 * One thing that keeps a sheet from being submitted.
 *
 * @param fieldId the id of the input to fix, for the link on the page
 */
public record MissingItem(String fieldId, String message) {
}
