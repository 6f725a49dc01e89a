package com.jixiao.common.form;

import java.util.List;

/**
 * One row of a printed form.
 *
 * @param keepWithPrevious the row must not start a page on its own (总分 after the last indicator)
 * @param key              what the row stands for, so that a working view can put its computed side beside it
 *                         (the 附1's {@code indicator:<id>}, {@code funds:TOTAL}, {@code total}); null if nothing
 */
public record FormRow(List<FormCell> cells, boolean keepWithPrevious, String key) {

    public FormRow {
        cells = List.copyOf(cells);
    }

    public FormRow(List<FormCell> cells, boolean keepWithPrevious) {
        this(cells, keepWithPrevious, null);
    }

    public static FormRow of(FormCell... cells) {
        return new FormRow(List.of(cells), false);
    }

    /** The same row, kept on the page of the row before it. */
    public FormRow keptWithPrevious() {
        return new FormRow(cells, true, key);
    }

    /** The same row standing for {@code what} (see {@link #key}). */
    public FormRow key(String what) {
        return new FormRow(cells, keepWithPrevious, what);
    }

    /** The part of the key before its colon ({@code indicator} of {@code indicator:12}): the row's class on screen. */
    public String kind() {
        return key == null ? null : key.split(":", 2)[0];
    }
}
