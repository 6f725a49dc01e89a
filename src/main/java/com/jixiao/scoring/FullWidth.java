package com.jixiao.scoring;

/**
 * Chinese input methods type digits, signs and punctuation in their full-width forms ({@code ９８．５％}); read
 * as data they mean the same as the ASCII ones. The one place that says so — the target parser and the number
 * fields of the forms both read through it.
 */
public final class FullWidth {

    private FullWidth() {
    }

    /** U+FF01…U+FF5E (！ to ～) are ASCII ! to ~ shifted; U+3000 is the ideographic space. */
    public static char toHalfWidth(char c) {
        if (c >= '\uFF01' && c <= '\uFF5E') {
            return (char) (c - 0xFEE0);
        }
        return c == '\u3000' ? ' ' : c;
    }

    public static String toHalfWidth(String text) {
        StringBuilder b = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            b.append(toHalfWidth(text.charAt(i)));
        }
        return b.toString();
    }
}
