package com.jixiao.common.form;

import com.jixiao.common.format.Formats;
import java.math.BigDecimal;

/**
 * One cell of a printed form: its text as printed, the number behind it (a spreadsheet writes that as a
 * numeric cell; null for text), how many columns and rows it spans, and its kind.
 *
 * @param mark what the cell holds, for the screen's stylesheet and its readers (l1, target, entered…); null if nothing
 * @param id   the cell's id on the screen, where one page shows one such cell (funds-rate, total-score); null if none
 */
public record FormCell(String text, BigDecimal number, int colSpan, int rowSpan, Kind kind, String mark, String id) {

    /** What a cell is; each output turns it into its own markup or style. */
    public enum Kind {
        /** A printed label (a th): centred, shaded. */
        HEAD,
        /** Entered text: left aligned, keeps its line breaks. */
        TEXT,
        /** A figure: right aligned. */
        NUMBER,
        /** A short value centred (序号, 等级, a dash). */
        CENTER
    }

    public FormCell(String text, BigDecimal number, int colSpan, int rowSpan, Kind kind) {
        this(text, number, colSpan, rowSpan, kind, null, null);
    }

    public FormCell {
        text = text == null ? "" : text;
        if (colSpan < 1 || rowSpan < 1) {
            throw new IllegalArgumentException("spans must be at least 1");
        }
    }

    public static FormCell head(String text) {
        return new FormCell(text, null, 1, 1, Kind.HEAD);
    }

    public static FormCell text(String text) {
        return new FormCell(text, null, 1, 1, Kind.TEXT);
    }

    public static FormCell center(String text) {
        return new FormCell(text, null, 1, 1, Kind.CENTER);
    }

    /** A 万元 amount with every decimal it has (43.95235), none it has not (60). */
    public static FormCell money(BigDecimal amount) {
        return new FormCell(Formats.money(amount), amount, 1, 1, Kind.NUMBER);
    }

    /** A score or weight, up to two decimals (97.5). */
    public static FormCell score(BigDecimal value) {
        return new FormCell(Formats.score(value), value == null ? null : value.stripTrailingZeros(), 1, 1,
                Kind.NUMBER);
    }

    /** A figure printed as text (a hand-written rate such as 83%). */
    public static FormCell figure(String text) {
        return new FormCell(text, null, 1, 1, Kind.NUMBER);
    }

    /** The same cell over {@code cols} columns. */
    public FormCell cols(int cols) {
        return new FormCell(text, number, cols, rowSpan, kind, mark, id);
    }

    /** The same cell over {@code rows} rows. */
    public FormCell rows(int rows) {
        return new FormCell(text, number, colSpan, rows, kind, mark, id);
    }

    /** The same cell marked as holding {@code what} (see {@link #mark}). */
    public FormCell marked(String what) {
        return new FormCell(text, number, colSpan, rowSpan, kind, what, id);
    }

    /** The same cell with an id on the screen (see {@link #id}). */
    public FormCell id(String screenId) {
        return new FormCell(text, number, colSpan, rowSpan, kind, mark, screenId);
    }

    public boolean isHead() {
        return kind == Kind.HEAD;
    }

    /** The class of the cell in the stylesheets: its kind's, then its mark. */
    public String cssClass() {
        String byKind = switch (kind) {
            case HEAD -> "";
            case TEXT -> "text";
            case NUMBER -> "num";
            case CENTER -> "center";
        };
        return mark == null ? byKind : (byKind + " " + mark).strip();
    }
}
