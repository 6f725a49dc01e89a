package com.jixiao.report.export;

import com.jixiao.common.form.FormCell;
import com.jixiao.common.form.FormDocument;
import com.jixiao.common.form.FormRow;
import com.jixiao.common.form.FormTable;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A printed form ({@link FormDocument}: the 附1, the 汇总表, a 稽核附表) as an .xlsx laid out as it prints:
 * the same columns in the same proportions, the same merged cells, title and 单位 lines, header rows
 * repeated on every page, A4 in the form's orientation, one page wide. Figures are numeric cells in the
 * General format (60, 43.95235 — every decimal the value has, no trailing zeros); text is guarded against
 * formulas ({@link CellText}).
 */
public final class FormXlsx {

    /** Characters across the printable width of A4 at 10 pt: landscape, portrait. */
    private static final int LANDSCAPE_CHARS = 150;
    private static final int PORTRAIT_CHARS = 100;

    private final XSSFWorkbook workbook = new XSSFWorkbook();
    private final XSSFSheet sheet;
    private final CellStyle title;
    private final CellStyle plain;
    private final CellStyle plainRight;
    private final CellStyle head;
    private final CellStyle text;
    private final CellStyle number;
    private final CellStyle percent;
    private final CellStyle center;
    private int next;

    private FormXlsx(String sheetName) {
        sheet = workbook.createSheet(sheetName);
        title = style(false, HorizontalAlignment.CENTER);
        Font big = workbook.createFont();
        big.setBold(true);
        big.setFontHeightInPoints((short) 16);
        title.setFont(big);
        plain = style(false, HorizontalAlignment.LEFT);
        plainRight = style(false, HorizontalAlignment.RIGHT);
        head = style(true, HorizontalAlignment.CENTER);
        head.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        head.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        text = style(true, HorizontalAlignment.LEFT);
        number = style(true, HorizontalAlignment.RIGHT);
        number.setDataFormat(workbook.createDataFormat().getFormat("General"));
        percent = style(true, HorizontalAlignment.RIGHT);
        percent.setDataFormat(workbook.createDataFormat().getFormat("0.000%"));
        center = style(true, HorizontalAlignment.CENTER);
    }

    /** Builds the workbook of one form on one sheet; the caller writes and closes it. */
    public static XSSFWorkbook of(FormDocument document, String sheetName) {
        return new FormXlsx(sheetName).build(document);
    }

    private XSSFWorkbook build(FormDocument doc) {
        FormTable first = doc.tables().get(0);
        int columns = first.columnCount();
        int chars = doc.landscape() ? LANDSCAPE_CHARS : PORTRAIT_CHARS;
        for (int c = 0; c < columns; c++) {
            sheet.setColumnWidth(c, Math.max(4, chars * first.widths().get(c) / 1000) * 256);
        }
        if (doc.label() != null) {
            put(next++, 0, doc.label(), plain);
        }
        line(doc.title(), columns, title);
        sheet.getRow(next - 1).setHeightInPoints(26);
        if (doc.subtitle() != null) {
            line(doc.subtitle(), columns, style(false, HorizontalAlignment.CENTER));
        }
        if (doc.left() != null || doc.right() != null) {
            int half = Math.max(1, columns / 2);
            region(next, next, 0, half - 1, doc.left(), plain);
            region(next, next, half, columns - 1, doc.right(), plainRight);
            next++;
        }
        CellRangeAddress repeated = null;
        for (FormTable table : doc.tables()) {
            if (!table.head().isEmpty() && repeated == null) {
                repeated = new CellRangeAddress(next, next + table.head().size() - 1, -1, -1);
            }
            rows(table.head());
            rows(table.body());
        }
        for (String note : doc.notes()) {
            line(note, columns, plain);
        }
        if (repeated != null) {
            sheet.setRepeatingRows(repeated);
        }
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setLandscape(doc.landscape());
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setHorizontallyCenter(true);
        return workbook;
    }

    private void line(String value, int columns, CellStyle style) {
        region(next, next, 0, columns - 1, value, style);
        next++;
    }

    /** Lays rows out as HTML does: a cell takes the next column not covered by a rowspan from above. */
    private void rows(List<FormRow> rows) {
        Set<Long> covered = new HashSet<>();
        int top = next;
        for (FormRow row : rows) {
            int r = next;
            int c = 0;
            for (FormCell cell : row.cells()) {
                while (covered.contains(key(r, c))) {
                    c++;
                }
                int lastRow = r + cell.rowSpan() - 1;
                int lastCol = c + cell.colSpan() - 1;
                for (int rr = r; rr <= lastRow; rr++) {
                    for (int cc = c; cc <= lastCol; cc++) {
                        covered.add(key(rr, cc));
                    }
                }
                region(r, lastRow, c, lastCol, cell, styleOf(cell));
                c = lastCol + 1;
            }
            next++;
        }
        // Rows of wrapped text get room: a line per 40 characters of the longest cell, at least one.
        for (int r = top; r < next; r++) {
            Row sheetRow = sheet.getRow(r);
            if (sheetRow != null) {
                int longest = 0;
                for (Cell cell : sheetRow) {
                    longest = Math.max(longest, cell.toString().length());
                }
                sheetRow.setHeightInPoints(Math.min(409, 15f * Math.max(1, (longest + 39) / 40)));
            }
        }
    }

    private static long key(int row, int col) {
        return ((long) row << 16) | col;
    }

    private CellStyle styleOf(FormCell cell) {
        return switch (cell.kind()) {
            case HEAD -> head;
            case TEXT -> text;
            case CENTER -> center;
            case NUMBER -> cell.number() != null && cell.text().endsWith("%") ? percent : number;
        };
    }

    /** Writes a value into the top-left cell of a merged region and borders every cell of it. */
    private void region(int firstRow, int lastRow, int firstCol, int lastCol, Object value, CellStyle style) {
        for (int r = firstRow; r <= lastRow; r++) {
            for (int c = firstCol; c <= lastCol; c++) {
                put(r, c, r == firstRow && c == firstCol ? value : null, style);
            }
        }
        if (lastRow > firstRow || lastCol > firstCol) {
            sheet.addMergedRegion(new CellRangeAddress(firstRow, lastRow, firstCol, lastCol));
        }
    }

    private void put(int rowIndex, int column, Object value, CellStyle style) {
        Row row = sheet.getRow(rowIndex) != null ? sheet.getRow(rowIndex) : sheet.createRow(rowIndex);
        Cell cell = row.getCell(column) != null ? row.getCell(column) : row.createCell(column);
        cell.setCellStyle(style);
        if (value instanceof FormCell formCell) {
            if (formCell.number() != null) {
                cell.setCellValue(formCell.number().doubleValue());
            } else if (!formCell.text().isEmpty()) {
                cell.setCellValue(CellText.neutralise(formCell.text()));
            }
        } else if (value != null) {
            cell.setCellValue(CellText.neutralise(value.toString()));
        }
    }

    private CellStyle style(boolean border, HorizontalAlignment alignment) {
        CellStyle style = workbook.createCellStyle();
        style.setAlignment(alignment);
        style.setVerticalAlignment(VerticalAlignment.CENTER);
        style.setWrapText(true);
        if (border) {
            style.setBorderTop(BorderStyle.THIN);
            style.setBorderBottom(BorderStyle.THIN);
            style.setBorderLeft(BorderStyle.THIN);
            style.setBorderRight(BorderStyle.THIN);
        }
        return style;
    }
}
