package com.jixiao.report.form;

import java.util.List;

/**
 * One row of a printed form.
 *
 * @param keepWithPrevious the row must not start a page on its own (总分 after the last indicator)
 */
public record FormRow(List<FormCell> cells, boolean keepWithPrevious) {

    public FormRow {
        cells = List.copyOf(cells);
    }

    public static FormRow of(FormCell... cells) {
        return new FormRow(List.of(cells), false);
    }

    /** The same row, kept on the page of the row before it. */
    public FormRow keptWithPrevious() {
        return new FormRow(cells, true);
    }
}
