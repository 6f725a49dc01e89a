package com.jixiao.report.export;

import com.jixiao.report.SummaryLine;
import com.jixiao.report.export.ScoreTable.Column;
import com.jixiao.report.export.ScoreTable.IndicatorLine;
import com.jixiao.report.export.ScoreTable.Kind;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes the annual score table as .xlsx with two sheets, 项目 and 指标, streaming: SXSSF keeps a
 * window of rows in memory and flushes the rest to a compressed temporary file, so a year of
 * 50,000 projects costs no more heap than one of 13. Call {@link #write} per chunk, then
 * {@link #finish}; always {@link #close} (it deletes the temporary files).
 */
public final class ScoreTableXlsx implements AutoCloseable {

    private static final int WINDOW = 200;

    private final SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
    private final SXSSFSheet projects;
    private final SXSSFSheet indicators;
    private final Map<Kind, CellStyle> styles = new EnumMap<>(Kind.class);
    private int projectRow;
    private int indicatorRow;

    public ScoreTableXlsx(int year) {
        styles.put(Kind.TEXT, workbook.createCellStyle());
        // Amounts show all 6 decimals of NUMERIC(18,6); the cell holds the exact value written.
        styles.put(Kind.MONEY, numberStyle("0.000000"));
        styles.put(Kind.RATE, numberStyle("0.000%"));
        styles.put(Kind.SCORE, numberStyle("0.00"));
        styles.put(Kind.COUNT, numberStyle("0"));
        projects = workbook.createSheet("项目");
        indicators = workbook.createSheet("指标");
        projectRow = header(projects, ScoreTable.PROJECT_COLUMNS);
        indicatorRow = header(indicators, ScoreTable.INDICATOR_COLUMNS);
        workbook.getXSSFWorkbook().getProperties().getCoreProperties().setTitle(year + "年度项目支出绩效自评得分表");
    }

    public void write(List<SummaryLine> lines) {
        for (SummaryLine line : lines) {
            row(projects.createRow(projectRow++), ScoreTable.PROJECT_COLUMNS, line);
            for (IndicatorLine indicator : ScoreTable.indicatorLines(line)) {
                row(indicators.createRow(indicatorRow++), ScoreTable.INDICATOR_COLUMNS, indicator);
            }
        }
    }

    public void finish(OutputStream out) throws IOException {
        workbook.write(out);
    }

    @Override
    public void close() throws IOException {
        workbook.close();
    }

    private <T> int header(SXSSFSheet sheet, List<Column<T>> columns) {
        CellStyle style = workbook.createCellStyle();
        Font bold = workbook.createFont();
        bold.setBold(true);
        style.setFont(bold);
        Row row = sheet.createRow(0);
        for (int i = 0; i < columns.size(); i++) {
            Cell cell = row.createCell(i);
            cell.setCellValue(columns.get(i).header());
            cell.setCellStyle(style);
            sheet.setColumnWidth(i, columns.get(i).kind() == Kind.TEXT ? 20 * 256 : 13 * 256);
        }
        sheet.createFreezePane(0, 1);
        return 1;
    }

    private <T> void row(Row row, List<Column<T>> columns, T item) {
        for (int i = 0; i < columns.size(); i++) {
            Column<T> column = columns.get(i);
            Object value = column.value().apply(item);
            if (value == null) {
                continue;
            }
            Cell cell = row.createCell(i);
            cell.setCellStyle(styles.get(column.kind()));
            if (value instanceof BigDecimal number) {
                // A numeric cell is an IEEE double by nature; converting only here keeps every
                // computation in BigDecimal, and a NUMERIC(18,6) value round-trips exactly as text.
                cell.setCellValue(number.doubleValue());
            } else if (value instanceof Number number) {
                cell.setCellValue(number.longValue());
            } else {
                cell.setCellValue(CellText.neutralise(value.toString()));
            }
        }
    }

    private CellStyle numberStyle(String format) {
        CellStyle style = workbook.createCellStyle();
        style.setDataFormat(workbook.createDataFormat().getFormat(format));
        return style;
    }
}
