package com.jixiao.imports;

import com.jixiao.demo.SeedDocument;
import com.jixiao.demo.SeedDocument.FundsLineData;
import com.jixiao.demo.SeedDocument.Level1;
import com.jixiao.demo.SeedDocument.Level2;
import com.jixiao.demo.SeedDocument.Row;
import com.jixiao.demo.SeedDocument.Sheet;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import tools.jackson.databind.json.JsonMapper;

/**
 * Test files built from the seed report's 附1 tables in the layouts units publish: the seed's own (merged labels,
 * 一级/二级 merged down), 年度指标值 split into 指标性质 | 指标值 | 度量单位, and a "marked" one ((A)/(B), full-width
 * brackets, "产出指标（50分）", the year in the title, amounts in 元, numbers stored as text, full-width digits, "—"
 * cells, extra blank rows and columns). Each table is described once and written as a worksheet or a Word table.
 */
final class AnnexFiles {

    enum Layout { SEED, SPLIT, MARKED }

    /**
     * @param rowOffset   blank rows above the table
     * @param colOffset   blank columns left of it
     * @param textNumbers numbers stored as text
     * @param fullWidth   digits written full-width (１２.５)
     * @param yuan        amounts in 元 (the funds header says so)
     */
    record Style(Layout layout, int rowOffset, int colOffset, boolean textNumbers, boolean fullWidth, boolean yuan) {
        static Style plain(Layout layout) {
            return new Style(layout, 0, 0, false, false, false);
        }
    }

    /** A cell of the described table; spans of 1 for a plain cell. */
    record Cell(int row, int col, int rowSpan, int colSpan, Object value) {
    }

    static final class Table {
        final List<Cell> cells = new ArrayList<>();
        int rows;
        int cols;

        void put(int row, int col, int rowSpan, int colSpan, Object value) {
            cells.add(new Cell(row, col, rowSpan, colSpan, value));
            rows = Math.max(rows, row + rowSpan);
            cols = Math.max(cols, col + colSpan);
        }

        Cell at(int row, int col) {
            for (Cell cell : cells) {
                if (row >= cell.row && row < cell.row + cell.rowSpan && col >= cell.col && col < cell.col + cell.colSpan) {
                    return cell;
                }
            }
            return null;
        }
    }

    private static final Pattern QUANTITY = Pattern.compile("^\\s*(≥|≤|=|>|<)\\s*([0-9.]+)\\s*(.*)$");

    private AnnexFiles() {
    }

    static SeedDocument seed() {
        try (InputStream in = AnnexFiles.class.getResourceAsStream("/seed/gaoxin-police-2021.json")) {
            return JsonMapper.builder().build().readValue(in, SeedDocument.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The seed's sheets that have a 附1 (one project of the 13 has none). */
    static List<Sheet> sheets() {
        return seed().projects().stream().map(SeedDocument.ProjectData::sheet).filter(s -> s != null).toList();
    }

    /** Splits a seed target for the split layout: "≥98%" → ≥ | 98 | %; a text target → 定性 | text | "". */
    static String[] split(String target) {
        if (target == null) {
            return new String[] {null, null, null};
        }
        Matcher m = QUANTITY.matcher(target);
        return m.matches() ? new String[] {m.group(1), m.group(2), m.group(3).strip()}
                : new String[] {"定性", target, null};
    }

    static Table table(Sheet s, int year, Style style) {
        Table t = new Table();
        boolean split = style.layout() == Layout.SPLIT;
        boolean marked = style.layout() == Layout.MARKED;
        int last = split ? 10 : 8;
        int r = 0;
        t.put(r++, 0, 1, 1, "附1");
        t.put(r++, 0, 1, last + 1, marked ? year + "年度" + s.title() : s.title());
        if (!marked) {
            t.put(r++, 0, 1, last + 1, s.yearLabel());
        }
        t.put(r, 0, 1, 2, "项目名称");
        t.put(r++, 2, 1, last - 1, s.projectName());
        t.put(r, 0, 1, 2, "主管部门");
        t.put(r, 2, 1, 3, s.supervisingOffice());
        t.put(r, 5, 1, 1, "实施单位");
        t.put(r++, 6, 1, last - 5, s.implementingOffice());
        t.put(r, 0, 5, 1, style.yuan() ? "项目资金\n（元）" : marked ? "项目资金（万元）" : "项目资金\n(万元)");
        String[] head = marked ? new String[] {"年初预算数", "全年预算数（A）", "全年执行数（B）", "分值", "执行率（B/A）", "得分"}
                : new String[] {"年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"};
        for (int i = 0; i < head.length; i++) {
            t.put(r, 3 + i, 1, 1, head[i]);
        }
        r++;
        String[] labels = {"年度资金总额", "其中：当年财政拨款", "上年结转资金", "其他资金"};
        for (int k = 0; k < 4; k++) {
            FundsLineData line = s.funds().lines().get(k);
            t.put(r, 1, 1, 2, labels[k]);
            t.put(r, 3, 1, 1, amount(line.initialBudget(), style));
            t.put(r, 4, 1, 1, amount(line.annualBudget(), style));
            t.put(r, 5, 1, 1, amount(line.executed(), style));
            if (k == 0) {
                t.put(r, 6, 1, 1, s.funds().weight() == null ? null : number(s.funds().weight(), style) + "分");
                t.put(r, 7, 1, 1, s.funds().printedRate());
                t.put(r, 8, 1, 1, number(s.funds().enteredScore(), style));
            } else {
                t.put(r, 6, 1, 1, "—");
                t.put(r, 7, 1, 1, "—");
                t.put(r, 8, 1, 1, "—");
            }
            r++;
        }
        t.put(r, 0, 2, 1, "年度\n总体\n目标");
        t.put(r, 1, 1, 4, "预期目标");
        t.put(r++, 5, 1, last - 4, "实际完成情况");
        t.put(r, 1, 1, 4, s.expectedGoal());
        t.put(r++, 5, 1, last - 4, s.actualResult());
        if (marked) {
            r++; // a blank line between the goals and the grid
        }
        int gridRows = 0;
        for (Level1 one : s.level1()) {
            for (Level2 two : one.level2()) {
                gridRows += Math.max(1, two.indicators().size());
            }
        }
        int headRows = split ? 2 : 1;
        t.put(r, 0, gridRows + headRows, 1, "绩效\n指标");
        String[] gridHead = split
                ? new String[] {"一级指标", "二级指标", "三级指标", null, null, null, "实际完成值", "分值", "得分", "偏差原因分析及改进措施"}
                : new String[] {"一级指标", "二级指标", "三级指标", "年度\n指标值", "实际\n完成值", "分 值", "得 分", "偏差原因分析\n及改进措施"};
        for (int i = 0; i < gridHead.length; i++) {
            if (gridHead[i] != null) {
                t.put(r, 1 + i, headRows, 1, gridHead[i]);
            }
        }
        if (split) {
            t.put(r, 4, 1, 3, "年度指标值");
            t.put(r + 1, 4, 1, 1, "指标性质");
            t.put(r + 1, 5, 1, 1, "指标值");
            t.put(r + 1, 6, 1, 1, "度量单位");
        }
        r += headRows;
        int target = 4;
        int actual = split ? 7 : 5;
        for (Level1 one : s.level1()) {
            int span = one.level2().stream().mapToInt(two -> Math.max(1, two.indicators().size())).sum();
            String weight = one.weight() == null ? "" : one.weight().stripTrailingZeros().toPlainString();
            String label = one.weight() == null ? one.name()
                    : marked ? one.name() + "（" + weight + "分）" : split ? one.name() + "(" + weight + "分)"
                    : one.name() + "\n" + weight + "分";
            t.put(r, 1, span, 1, label);
            for (Level2 two : one.level2()) {
                t.put(r, 2, Math.max(1, two.indicators().size()), 1, two.name());
                if (two.indicators().isEmpty()) {
                    r++;
                    continue;
                }
                for (Row row : two.indicators()) {
                    t.put(r, 3, 1, 1, row.name());
                    if (split) {
                        String[] parts = split(row.target());
                        t.put(r, 4, 1, 1, parts[0]);
                        t.put(r, 5, 1, 1, parts[1]);
                        t.put(r, 6, 1, 1, parts[2]);
                    } else {
                        t.put(r, target, 1, 1, row.target());
                    }
                    t.put(r, actual, 1, 1, row.actual());
                    t.put(r, actual + 1, 1, 1, number(row.weight(), style));
                    t.put(r, actual + 2, 1, 1, number(row.score(), style));
                    t.put(r, actual + 3, 1, 1, row.deviationNote() == null && marked ? "—" : row.deviationNote());
                    r++;
                }
            }
        }
        t.put(r, 0, 1, actual + 1, "总分");
        t.put(r, actual + 1, 1, 1, number(s.printedTotalWeight(), style));
        t.put(r, actual + 2, 1, 1, number(s.printedTotalScore(), style));
        return t;
    }

    /** A number as a numeric cell (BigDecimal), or as text when the style asks for it. */
    private static Object number(BigDecimal value, Style style) {
        if (value == null) {
            return null;
        }
        if (!style.textNumbers()) {
            return value;
        }
        String plain = value.stripTrailingZeros().toPlainString();
        return style.fullWidth() ? fullWidth(plain) : plain;
    }

    private static Object amount(BigDecimal value, Style style) {
        return value == null ? null : number(style.yuan() ? value.multiply(BigDecimal.valueOf(10_000)) : value, style);
    }

    static String fullWidth(String text) {
        StringBuilder b = new StringBuilder();
        for (char c : text.toCharArray()) {
            b.append(c >= '0' && c <= '9' ? (char) (c - '0' + '０') : c == '.' ? '．' : c);
        }
        return b.toString();
    }

    // ------------------------------------------------------------------ writing

    static void write(Table t, XSSFSheet sheet, Style style) {
        for (Cell cell : t.cells) {
            int row = cell.row() + style.rowOffset();
            int col = cell.col() + style.colOffset();
            XSSFRow r = sheet.getRow(row) != null ? sheet.getRow(row) : sheet.createRow(row);
            XSSFCell c = r.createCell(col);
            if (cell.value() instanceof BigDecimal number) {
                c.setCellValue(number.doubleValue());
            } else if (cell.value() != null) {
                c.setCellValue(cell.value().toString());
            }
            if (cell.rowSpan() > 1 || cell.colSpan() > 1) {
                sheet.addMergedRegion(new CellRangeAddress(row, row + cell.rowSpan() - 1, col, col + cell.colSpan() - 1));
            }
        }
    }

    static byte[] xlsx(List<Sheet> sheets, int year, Style style) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            int n = 1;
            for (Sheet s : sheets) {
                write(table(s, year, style), workbook.createSheet(sheets.size() == 1 ? "附1" : "附1-" + n++), style);
            }
            return bytes(workbook);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] xlsx(Sheet s, int year, Style style) {
        return xlsx(List.of(s), year, style);
    }

    static byte[] docx(List<Sheet> sheets, int year, Style style) {
        try (XWPFDocument document = new XWPFDocument()) {
            for (Sheet s : sheets) {
                document.createParagraph().createRun().setText("附 1");
                document.createParagraph().createRun().setText(style.layout() == Layout.MARKED
                        ? year + "年度" + s.title() : s.title());
                if (style.layout() != Layout.MARKED) {
                    document.createParagraph().createRun().setText(s.yearLabel());
                }
                write(table(s, year, style), document.createTable());
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A Word table: gridSpan for cells across columns, vMerge restart/continue for cells down rows. */
    private static void write(Table t, XWPFTable table) {
        for (int r = 0; r < t.rows; r++) {
            XWPFTableRow row = r == 0 ? table.getRow(0) : table.createRow();
            while (!row.getTableCells().isEmpty()) {
                row.removeCell(0);
            }
            for (int c = 0; c < t.cols; ) {
                Cell cell = t.at(r, c);
                int span = cell == null ? 1 : cell.colSpan();
                XWPFTableCell out = row.addNewTableCell();
                CTTcPr pr = out.getCTTc().isSetTcPr() ? out.getCTTc().getTcPr() : out.getCTTc().addNewTcPr();
                if (span > 1) {
                    pr.addNewGridSpan().setVal(BigInteger.valueOf(span));
                }
                if (cell != null && cell.rowSpan() > 1) {
                    pr.addNewVMerge().setVal(r == cell.row() ? STMerge.RESTART : STMerge.CONTINUE);
                }
                if (cell != null && r == cell.row() && cell.value() != null) {
                    Object v = cell.value();
                    out.setText(v instanceof BigDecimal n ? n.stripTrailingZeros().toPlainString() : v.toString());
                }
                c += span;
            }
        }
    }

    static byte[] bytes(XSSFWorkbook workbook) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        workbook.write(out);
        return out.toByteArray();
    }
}
