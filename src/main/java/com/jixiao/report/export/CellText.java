package com.jixiao.report.export;

/**
 * Formula-injection guard for exported text (OWASP "CSV injection"): a spreadsheet treats text that
 * starts with = + - @ (or a tab / carriage return that hides one) as a formula when the file is
 * opened or re-saved, so such text gets a leading single quote. Applied to text cells only: numbers
 * are written as numeric cells or plain decimals and need no guard.
 */
public final class CellText {

    private CellText() {
    }

    /** @return the text, prefixed with ' when it could start a formula; null stays null */
    public static String neutralise(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        char first = text.charAt(0);
        return switch (first) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + text;
            default -> text;
        };
    }
}
