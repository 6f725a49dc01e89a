package com.jixiao.report.export;

import com.jixiao.report.UnsubmittedProject;
import com.jixiao.report.export.ScoreTable.Column;
import com.jixiao.report.SummaryRow;
import com.jixiao.report.export.ScoreTable.IndicatorLine;
import com.jixiao.report.export.ScoreTable.Kind;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.dhatim.fastexcel.PaperSize;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes the annual score table as .xlsx with three sheets, 项目, 未提交 and 指标, straight to the output
 * stream with fastexcel, from one pass over the year. fastexcel streams one sheet at a time (a sheet
 * that has been flushed must be finished before another one may flush), so while the 项目 rows are
 * written chunk by chunk, the 指标 rows of the same chunks are parked in a temporary file
 * ({@link RowSpill}) and written once 项目 is finished: both sheets come from the same rows, and the
 * year is read and scored once. Each chunk is flushed as soon as it is written, so a year of 50,000
 * projects costs no more heap than one of 13. Text goes in as inline strings: a shared-string table
 * would hold every distinct text of the year in memory until the end.
 *
 * 项目 and 指标 hold the results only; 未提交 lists the projects without a result by name and status
 * (see {@link ScoreTable}), written after 项目 is finished and before the parked 指标 rows.
 *
 * <p>Call {@link #write} per chunk of results, then {@link #writeUnsubmitted} per chunk of the
 * others, then {@link #finish}; always {@link #close} (it deletes the temporary file).
 */
public final class ScoreTableXlsx implements AutoCloseable {

    /** Deflate level: 1 writes the 50,000-project year about a third faster than 4 for a 2 % larger file. */
    static final int COMPRESSION_LEVEL = 1;

    /** Row of the column headers on 项目, 未提交 and 指标: under the title and the 单位 line. */
    public static final int HEADER_ROW = 2;

    /** 指标 rows read back from the temporary file and flushed at a time: about one chunk's worth. */
    public static final int INDICATOR_BATCH = 7_500;

    private final Workbook workbook;
    private final SheetWriter<SummaryRow> projects;
    private final SheetWriter<UnsubmittedProject> unsubmitted;
    private final SheetWriter<Object[]> indicators;
    private final RowSpill parkedIndicators;

    /** @param out receives the file as it is written; stays open */
    public ScoreTableXlsx(int year, OutputStream out) {
        workbook = new Workbook(out, "Jixiao", "1.0");
        workbook.setCompressionLevel(COMPRESSION_LEVEL);
        workbook.properties().setTitle(year + "年度项目支出绩效自评得分表");
        // Tabs come in the order the sheets are created.
        String title = year + "年度项目支出绩效自评得分表";
        projects = new SheetWriter<>(workbook.newWorksheet("项目"), title + "（项目）",
                ScoreTable.PROJECT_COLUMNS);
        unsubmitted = new SheetWriter<>(workbook.newWorksheet("未提交"), year + "年度未提交自评表的项目（不计入得分表）",
                ScoreTable.UNSUBMITTED_COLUMNS);
        indicators = new SheetWriter<>(workbook.newWorksheet("指标"), title + "（三级指标）",
                parked(ScoreTable.INDICATOR_COLUMNS));
        parkedIndicators = new RowSpill(ScoreTable.INDICATOR_COLUMNS.size());
    }

    /** Writes the chunk's 项目 rows and parks its 指标 rows. */
    public void write(List<SummaryRow> lines) {
        projects.write(lines);
        List<Column<IndicatorLine>> columns = ScoreTable.INDICATOR_COLUMNS;
        for (SummaryRow line : lines) {
            for (IndicatorLine indicator : ScoreTable.indicatorLines(line)) {
                Object[] values = new Object[columns.size()];
                for (int c = 0; c < values.length; c++) {
                    values[c] = columns.get(c).value().apply(indicator);
                }
                parkedIndicators.write(values);
            }
        }
    }

    /** Writes the chunk's 未提交 rows; the first call finishes 项目, so every result must have been written. */
    public void writeUnsubmitted(List<UnsubmittedProject> chunk) {
        try {
            projects.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        unsubmitted.write(chunk);
    }

    /**
     * Finishes 项目 and 未提交, writes the parked 指标 rows, a sheet 说明 with the given label–value
     * lines (what the file is, when it was made, the audit chain head at that moment), and completes
     * the file.
     */
    public void finish(List<String[]> about) {
        try {
            projects.finish();
            unsubmitted.finish();
            parkedIndicators.replay(INDICATOR_BATCH, indicators::write);
            indicators.finish();
            Worksheet notes = workbook.newWorksheet("说明");
            notes.width(0, 16);
            notes.width(1, 60);
            for (int row = 0; row < about.size(); row++) {
                notes.value(row, 0, about.get(row)[0]);
                notes.value(row, 1, about.get(row)[1]);
            }
            notes.finish();
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        parkedIndicators.close();
    }

    /** The same columns, reading the values parked in an array in column order. */
    private static <T> List<Column<Object[]>> parked(List<Column<T>> columns) {
        List<Column<Object[]>> parked = new ArrayList<>();
        for (int c = 0; c < columns.size(); c++) {
            int index = c;
            parked.add(new Column<>(columns.get(c).header(), columns.get(c).kind(), values -> values[index]));
        }
        return List.copyOf(parked);
    }

    /** The number format of a column kind; null for text. */
    static String format(Kind kind) {
        return switch (kind) {
            case TEXT -> null;
            // Amounts and scores as they are: 60, 43.95235, 97.5 — every decimal the value has, no trailing
            // zeros; the cell holds the exact decimal written.
            case MONEY, SCORE -> "General";
            // Rates are rounded once to 0.001 % (scoring.Rates), so three decimals show all of them.
            case RATE -> "0.000%";
            case COUNT -> "0";
        };
    }

    /**
     * One sheet made to print: the title, 单位：万元, a bold header row that stays in view (frozen) and repeats on
     * every printed page, then one row per item, flushed chunk by chunk; A4 landscape, one page wide.
     */
    private static final class SheetWriter<T> {

        private final Worksheet sheet;
        private final List<Column<T>> columns;
        private int nextRow;
        private boolean finished;

        SheetWriter(Worksheet sheet, String title, List<Column<T>> columns) {
            this.sheet = sheet;
            this.columns = columns;
            int last = columns.size() - 1;
            sheet.inlineString(0, 0, title);
            sheet.range(0, 0, 0, last).merge();
            sheet.range(0, 0, 0, last).style().bold().fontSize(14).horizontalAlignment("center").set();
            sheet.inlineString(1, last, "单位：万元");
            sheet.range(1, last, 1, last).style().horizontalAlignment("right").set();
            for (int c = 0; c < columns.size(); c++) {
                sheet.inlineString(HEADER_ROW, c, columns.get(c).header());
                sheet.width(c, columns.get(c).kind() == Kind.TEXT ? 20 : 13);
            }
            sheet.range(HEADER_ROW, 0, HEADER_ROW, last).style().bold().wrapText(true).set();
            sheet.freezePane(0, HEADER_ROW + 1);
            sheet.repeatRows(HEADER_ROW, HEADER_ROW);
            sheet.pageOrientation("landscape");
            sheet.paperSize(PaperSize.A4_PAPER);
            sheet.setFitToPage(true);
            sheet.fitToWidth((short) 1);
            sheet.fitToHeight((short) 0);
            nextRow = HEADER_ROW + 1;
        }

        void write(List<T> items) {
            if (items.isEmpty()) {
                return;
            }
            int first = nextRow;
            for (T item : items) {
                for (int c = 0; c < columns.size(); c++) {
                    Object value = columns.get(c).value().apply(item);
                    if (value == null) {
                        continue; // no cell at all, as in the 汇总表's empty cells
                    }
                    if (value instanceof Number number) {
                        // A BigDecimal goes in as its exact decimal text, not through a double.
                        sheet.value(nextRow, c, number);
                    } else {
                        sheet.inlineString(nextRow, c, CellText.neutralise(value.toString()));
                    }
                }
                nextRow++;
            }
            formatNumbers(first, nextRow - 1);
            try {
                sheet.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /**
         * Gives the number cells of rows first..last their column's format. Styling a range costs one
         * style lookup, styling a cell one per cell: ranges are set per run of cells that have a
         * value, since a styled range would also create the cells that are meant to stay empty.
         */
        private void formatNumbers(int first, int last) {
            for (int c = 0; c < columns.size(); c++) {
                String format = format(columns.get(c).kind());
                if (format == null) {
                    continue;
                }
                int run = -1;
                for (int r = first; r <= last + 1; r++) {
                    boolean filled = r <= last && sheet.value(r, c) != null;
                    if (filled && run < 0) {
                        run = r;
                    } else if (!filled && run >= 0) {
                        sheet.range(run, c, r - 1, c).style().format(format).set();
                        run = -1;
                    }
                }
            }
        }

        /** Finishes the sheet once; later calls do nothing. */
        void finish() throws IOException {
            if (!finished) {
                sheet.finish();
                finished = true;
            }
        }
    }
}
