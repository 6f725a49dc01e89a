package com.jixiao.report.export;

import com.jixiao.report.export.ScoreTable.Column;
import com.jixiao.report.SummaryRow;
import com.jixiao.report.export.ScoreTable.IndicatorLine;
import com.jixiao.report.export.ScoreTable.Kind;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes one table of the annual score table as CSV: UTF-8 with a byte-order mark (without it
 * Excel on Chinese Windows reads the file as GBK and garbles it), RFC 4180 quoting and CRLF line
 * ends. Streams: each chunk goes straight to the response.
 */
public final class ScoreTableCsv<T> {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final Writer out;
    private final List<Column<T>> columns;

    private ScoreTableCsv(OutputStream stream, List<Column<T>> columns) {
        this.out = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
        this.columns = columns;
        write("\uFEFF");
        record(columns.stream().map(Column::header).toList());
    }

    public static ScoreTableCsv<SummaryRow> projects(OutputStream stream) {
        return new ScoreTableCsv<>(stream, ScoreTable.PROJECT_COLUMNS);
    }

    public static ScoreTableCsv<IndicatorLine> indicators(OutputStream stream) {
        return new ScoreTableCsv<>(stream, ScoreTable.INDICATOR_COLUMNS);
    }

    public void write(List<T> items) {
        write(items, columns);
    }

    /**
     * Writes items of another kind under the same header, e.g. the projects without a result after the
     * results. @param otherColumns the same headers in the same order
     */
    public <U> void write(List<U> items, List<Column<U>> otherColumns) {
        if (!otherColumns.stream().map(Column::header).toList().equals(columns.stream().map(Column::header).toList())) {
            throw new IllegalArgumentException("columns differ from the table's header");
        }
        for (U item : items) {
            record(otherColumns.stream().map(column -> text(column, column.value().apply(item))).toList());
        }
    }

    public void flush() {
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(Column<?> column, Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal number) {
            // The rate as a percentage (19.997%), which Excel reads back as the number 0.19997.
            return column.kind() == Kind.RATE
                    ? plain(number.multiply(HUNDRED).setScale(3, RoundingMode.HALF_UP)) + "%"
                    : plain(number);
        }
        if (value instanceof Number) {
            return value.toString();
        }
        return CellText.neutralise(value.toString());
    }

    /** 43.952350 → 43.95235: the stored decimals without trailing zeros, never exponent notation. */
    private static String plain(BigDecimal number) {
        BigDecimal stripped = number.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }

    private void record(List<String> fields) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                line.append(',');
            }
            line.append(quote(fields.get(i)));
        }
        write(line.append("\r\n").toString());
    }

    /** RFC 4180: a field with a comma, quote or line break is quoted, its quotes doubled. */
    static String quote(String field) {
        if (field.indexOf(',') < 0 && field.indexOf('"') < 0 && field.indexOf('\n') < 0 && field.indexOf('\r') < 0) {
            return field;
        }
        return '"' + field.replace("\"", "\"\"") + '"';
    }

    private void write(String text) {
        try {
            out.write(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
