package com.jixiao.common.input;

/**
 * Control characters in what people send. PostgreSQL refuses NUL in text ("invalid byte sequence"), which made a
 * NUL in a search box or a sheet field a 500, and no other C0/C1 control has a meaning in a form field or a
 * 附1 cell. They are removed, everywhere the same way: tab, line feed and carriage return stay (multi-line notes).
 */
public final class ControlCharacters {

    private ControlCharacters() {
    }

    /** @return {@code text} without control characters other than tab, LF and CR; the same instance if it has none */
    public static String strip(String text) {
        if (text == null) {
            return null;
        }
        int first = firstControl(text);
        if (first < 0) {
            return text;
        }
        StringBuilder b = new StringBuilder(text.length());
        b.append(text, 0, first);
        for (int i = first; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!isRemoved(c)) {
                b.append(c);
            }
        }
        return b.toString();
    }

    private static int firstControl(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (isRemoved(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isRemoved(char c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7F && c <= 0x9F);
    }
}
