package com.jixiao.common.form;

import java.util.List;

/**
 * One table of a printed form: its columns' widths, the header rows that repeat on every page, and the
 * body. Screen, print, PDF and spreadsheet all lay the table out from this one description.
 *
 * @param name   the table's class in the print stylesheet (summary, sheet-head, sheet-indicators)
 * @param widths each column's share of the printable width in tenths of a percent; they add up to 1000
 * @param head   rows repeated at the top of every page (may be empty)
 * @param body   the rows
 */
public record FormTable(String name, List<Integer> widths, List<FormRow> head, List<FormRow> body) {

    /** Widths come in steps of 0.5 %, so that one small stylesheet ({@link #WIDTH_CSS}) names them all. */
    static final int WIDTH_STEP = 5;

    /**
     * A rule per possible column width ({@code col.w35 { width: 3.5%; }}): pages may not carry inline styles
     * (the CSP forbids them), so the browser loads this as /css/form-widths.css and the PDF renderer inlines it.
     */
    public static final String WIDTH_CSS = java.util.stream.IntStream.rangeClosed(1, 1000 / WIDTH_STEP)
            .map(step -> step * WIDTH_STEP)
            .mapToObj(width -> "col." + widthClass(width) + "{width:" + java.math.BigDecimal.valueOf(width, 1)
                    .stripTrailingZeros().toPlainString() + "%}")
            .collect(java.util.stream.Collectors.joining("\n", "", "\n"));

    public FormTable {
        widths = List.copyOf(widths);
        head = List.copyOf(head);
        body = List.copyOf(body);
        int total = widths.stream().mapToInt(Integer::intValue).sum();
        if (widths.stream().anyMatch(width -> width <= 0 || width % WIDTH_STEP != 0)) {
            throw new IllegalArgumentException(name + ": column widths must be positive multiples of " + WIDTH_STEP
                    + "‰: " + widths);
        }
        if (total != 1000) {
            throw new IllegalArgumentException(name + ": column widths add up to " + total + "‰, not 1000‰");
        }
        for (FormRow row : head) {
            checkWidth(name, widths.size(), row);
        }
    }

    private static void checkWidth(String name, int columns, FormRow row) {
        int spanned = row.cells().stream().mapToInt(FormCell::colSpan).sum();
        if (spanned != columns) {
            throw new IllegalArgumentException(name + ": a header row spans " + spanned + " of " + columns
                    + " columns");
        }
    }

    /** The stylesheet class of column {@code i}'s width: w35 is 3.5 %. */
    public String columnClass(int i) {
        return widthClass(widths.get(i));
    }

    static String widthClass(int tenthsOfPercent) {
        return "w" + tenthsOfPercent;
    }

    /**
     * The print class of body row {@code i}: {@code keep-N} when the row after it must not start a page alone
     * (总分, 合计), N its estimated lines (1–6, a text cell wraps at about eight characters), so that the row
     * asks for room for itself and the kept row; null otherwise.
     */
    public String keepClass(int i) {
        if (i + 1 >= body.size() || !body.get(i + 1).keepWithPrevious()) {
            return null;
        }
        int longest = body.get(i).cells().stream().mapToInt(cell -> cell.text().length()).max().orElse(0);
        return "keep-" + Math.min(6, Math.max(1, (longest + 7) / 8));
    }

    public int columnCount() {
        return widths.size();
    }
}
