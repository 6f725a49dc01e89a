package com.jixiao.imports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * Opens an uploaded .xlsx or .docx as {@link Grid}s: one per worksheet, one per Word table. Before POI parses
 * anything the zip is walked once with a hard cap on entries and unpacked bytes (a zip bomb stops there), and POI's
 * own {@link ZipSecureFile} guards (inflate ratio, entry size, entry count) stay on. POI's XML parsers refuse
 * DOCTYPE declarations, so no external entity is ever resolved.
 */
final class GridFiles {

    /** A 附1 has about 40 rows and 9–12 columns; beyond these nothing of a 附1 is read. */
    static final int MAX_ROWS = 2000;
    static final int MAX_COLUMNS = 60;

    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};

    private GridFiles() {
    }

    static List<Grid> read(byte[] bytes, ImportLimits limits) {
        if (startsWith(bytes, OLE2)) {
            throw new NotAnAnnexException("这是旧版 Excel（.xls）或 Word（.doc）文件，无法读取：请在 Excel 或 Word 中另存为 .xlsx 或 .docx 后再上传。");
        }
        if (!startsWith(bytes, ZIP)) {
            throw new NotAnAnnexException("文件不是 Excel（.xlsx）或 Word（.docx）文件，无法读取附1。");
        }
        String kind = inspectZip(bytes, limits);
        // POI's checks, tightened to the same limits: one entry may not inflate beyond the total allowed.
        ZipSecureFile.setMinInflateRatio(0.01);
        ZipSecureFile.setMaxEntrySize(limits.maxInflatedSize().toBytes());
        ZipSecureFile.setMaxFileCount(limits.maxEntries());
        try {
            return switch (kind) {
                case "xlsx" -> workbook(bytes);
                case "docx" -> document(bytes);
                default -> throw new NotAnAnnexException("文件既不是 Excel 工作簿（.xlsx）也不是 Word 文档（.docx），无法读取附1。");
            };
        } catch (IOException | POIXMLException
                 | IllegalStateException | IllegalArgumentException | UnsupportedOperationException e) {
            // A damaged or hostile file (a DOCTYPE, a broken part): POI refuses it, and so do we, in Chinese.
            throw new NotAnAnnexException("文件已损坏或格式不受支持，无法读取。请在 Excel 或 Word 中打开后另存为 .xlsx 或 .docx 再上传。");
        }
    }

    /**
     * Walks the zip without keeping anything: counts entries and unpacked bytes, stopping at the first limit.
     *
     * @return "xlsx", "docx" or "" by the parts the package holds
     */
    private static String inspectZip(byte[] bytes, ImportLimits limits) {
        long max = limits.maxInflatedSize().toBytes();
        long inflated = 0;
        int entries = 0;
        String kind = "";
        byte[] buffer = new byte[64 * 1024];
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (++entries > limits.maxEntries()) {
                    throw new FileTooLargeException("文件包含的部件过多（超过 " + limits.maxEntries()
                            + " 个），不像是附1 自评表，未读取。");
                }
                if (entry.getName().equals("xl/workbook.xml")) {
                    kind = "xlsx";
                } else if (entry.getName().equals("word/document.xml")) {
                    kind = "docx";
                }
                for (int n = zip.read(buffer); n > 0; n = zip.read(buffer)) {
                    inflated += n;
                    if (inflated > max) {
                        throw new FileTooLargeException("文件解压后超过 " + limits.maxInflatedSize().toMegabytes()
                                + " MB（可能是压缩炸弹），未读取。");
                    }
                }
            }
        } catch (IOException e) {
            throw new NotAnAnnexException("文件已损坏，无法解压读取。请重新保存为 .xlsx 或 .docx 后再上传。");
        }
        if (entries == 0) {
            throw new NotAnAnnexException("文件是空的压缩包，不是 Excel 或 Word 文件。");
        }
        return kind;
    }

    private static List<Grid> workbook(byte[] bytes) throws IOException {
        List<Grid> grids = new ArrayList<>();
        try (InputStream in = new ByteArrayInputStream(bytes); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            for (int s = 0; s < workbook.getNumberOfSheets(); s++) {
                grids.add(worksheet(workbook.getSheetAt(s)));
            }
        }
        return grids;
    }

    private static Grid worksheet(XSSFSheet sheet) {
        int rows = Math.min(sheet.getLastRowNum() + 1, MAX_ROWS);
        int columns = 0;
        for (int r = 0; r < rows; r++) {
            Row row = sheet.getRow(r);
            if (row != null) {
                columns = Math.max(columns, Math.min(row.getLastCellNum(), MAX_COLUMNS));
            }
        }
        String[][] cells = new String[rows][columns];
        boolean[][] origin = new boolean[rows][columns];
        for (int r = 0; r < rows; r++) {
            Arrays.fill(cells[r], "");
            Arrays.fill(origin[r], true);
            Row row = sheet.getRow(r);
            for (int c = 0; row != null && c < columns; c++) {
                cells[r][c] = text(row.getCell(c));
            }
        }
        for (CellRangeAddress range : sheet.getMergedRegions()) {
            int top = range.getFirstRow();
            int left = range.getFirstColumn();
            if (top >= rows || left >= columns) {
                continue;
            }
            for (int r = top; r <= Math.min(range.getLastRow(), rows - 1); r++) {
                for (int c = left; c <= Math.min(range.getLastColumn(), columns - 1); c++) {
                    cells[r][c] = cells[top][left];
                    origin[r][c] = r == top && c == left;
                }
            }
        }
        return new Grid("工作表 " + sheet.getSheetName(), cells, origin, List.of(), true);
    }

    /** A cell as text; numbers in plain decimal notation as stored (19.997, not 19.997000000000003). */
    private static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case STRING -> unneutralised(cell.getRichStringCellValue().getString()).strip();
            case NUMERIC -> DateUtil.isCellDateFormatted(cell) ? cell.getLocalDateTimeCellValue().toLocalDate().toString()
                    : plain(BigDecimal.valueOf(cell.getNumericCellValue()));
            case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
            default -> "";
        };
    }

    /**
     * Exports (Jixiao's own 附1 .xlsx among them) put an apostrophe before a text that Excel would take for a
     * formula ("=1", "-5%", "+3"); the apostrophe is not part of the value.
     */
    private static String unneutralised(String text) {
        return text.length() > 1 && text.charAt(0) == '\'' && "=+-@\t\r".indexOf(text.charAt(1)) >= 0
                ? text.substring(1) : text;
    }

    private static String plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }

    private static List<Grid> document(byte[] bytes) throws IOException {
        List<Grid> grids = new ArrayList<>();
        try (InputStream in = new ByteArrayInputStream(bytes); XWPFDocument document = new XWPFDocument(in)) {
            List<String> paragraphs = new ArrayList<>();
            for (IBodyElement element : document.getBodyElements()) {
                if (element instanceof XWPFParagraph paragraph && !paragraph.getText().isBlank()) {
                    paragraphs.add(paragraph.getText().strip());
                } else if (element instanceof XWPFTable table) {
                    // The title and "(2021 年度)" stand in the paragraphs just above the table.
                    List<String> context = List.copyOf(paragraphs.subList(Math.max(0, paragraphs.size() - 4),
                            paragraphs.size()));
                    grids.add(table(table, grids.size() + 1, context));
                    paragraphs.clear();
                }
            }
        }
        return grids;
    }

    /** A Word table on a column grid: gridSpan spreads a cell across columns, vMerge continues the cell above. */
    private static Grid table(XWPFTable table, int number, List<String> context) {
        List<XWPFTableRow> rows = table.getRows().subList(0, Math.min(table.getRows().size(), MAX_ROWS));
        List<List<String>> texts = new ArrayList<>();
        List<List<Boolean>> origins = new ArrayList<>();
        int columns = 0;
        for (int r = 0; r < rows.size(); r++) {
            List<String> rowTexts = new ArrayList<>();
            List<Boolean> rowOrigins = new ArrayList<>();
            for (XWPFTableCell cell : rows.get(r).getTableCells()) {
                CTTcPr properties = cell.getCTTc().getTcPr();
                int span = properties != null && properties.isSetGridSpan()
                        ? Math.max(1, properties.getGridSpan().getVal().intValue()) : 1;
                boolean continued = properties != null && properties.isSetVMerge()
                        && properties.getVMerge().getVal() != STMerge.RESTART;
                int column = rowTexts.size();
                String text = cell.getText().strip();
                if (continued) {
                    text = r > 0 && column < texts.get(r - 1).size() ? texts.get(r - 1).get(column) : "";
                }
                for (int k = 0; k < span && rowTexts.size() < MAX_COLUMNS; k++) {
                    rowTexts.add(text);
                    rowOrigins.add(k == 0 && !continued);
                }
            }
            columns = Math.max(columns, rowTexts.size());
            texts.add(rowTexts);
            origins.add(rowOrigins);
        }
        String[][] cells = new String[rows.size()][columns];
        boolean[][] origin = new boolean[rows.size()][columns];
        for (int r = 0; r < rows.size(); r++) {
            Arrays.fill(cells[r], "");
            Arrays.fill(origin[r], true);
            for (int c = 0; c < texts.get(r).size(); c++) {
                cells[r][c] = texts.get(r).get(c);
                origin[r][c] = origins.get(r).get(c);
            }
        }
        return new Grid("表格 " + number, cells, origin, context, false);
    }

    private static boolean startsWith(byte[] bytes, byte[] magic) {
        if (bytes.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (bytes[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
