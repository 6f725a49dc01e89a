package com.jixiao.report.print;

/** The configured CJK font cannot be read: without it every Chinese character would print as a box. */
public class PdfFontMissingException extends RuntimeException {

    private final String fontPath;

    public PdfFontMissingException(String fontPath) {
        super("PDF font not readable: " + fontPath);
        this.fontPath = fontPath;
    }

    public String fontPath() {
        return fontPath;
    }
}
