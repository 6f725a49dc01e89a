package com.jixiao.report.export;

import com.jixiao.sheet.FundsLine;
import com.jixiao.sheet.FundsLineKind;
import com.jixiao.sheet.ScoreSheet;
import com.jixiao.sheet.SheetPage;
import com.jixiao.sheet.SheetTree.GridRow;
import java.math.BigDecimal;
import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * One 自评表 as an .xlsx laid out like the printed 附1: nine columns (label, 一级, 二级, 三级, 年度指标值,
 * 实际完成值, 分值, 得分, 偏差原因), the funds block, the goals and the indicator grid with 一级/二级 cells
 * merged over their rows, then 总分. Entered figures as entered; numbers as numeric cells.
 */
public final class SheetXlsx {

    private static final int COLUMNS = 9;

    private final XSSFWorkbook workbook = new XSSFWorkbook();
    private final XSSFSheet sheet;
    private final CellStyle title;
    private final CellStyle head;
    private final CellStyle text;
    private final CellStyle money;
    private final CellStyle score;
    private final CellStyle rate;
    private int next;

    private SheetXlsx(String sheetName) {
        sheet = workbook.createSheet(sheetName);
        title = style(false, HorizontalAlignment.CENTER);
        Font big = workbook.createFont();
        big.setBold(true);
        big.setFontHeightInPoints((short) 16);
        title.setFont(big);
        title.setBorderBottom(BorderStyle.NONE);
        title.setBorderTop(BorderStyle.NONE);
        title.setBorderLeft(BorderStyle.NONE);
        title.setBorderRight(BorderStyle.NONE);
        head = style(true, HorizontalAlignment.CENTER);
        text = style(true, HorizontalAlignment.LEFT);
        money = numeric("General");
        score = numeric("General");
        rate = numeric("0.000%");
        int[] widths = {8, 12, 12, 24, 14, 14, 8, 8, 28};
        for (int i = 0; i < widths.length; i++) {
            sheet.setColumnWidth(i, widths[i] * 256);
        }
    }

    /** Builds the workbook; the caller writes and closes it. */
    public static XSSFWorkbook of(SheetPage page) {
        return new SheetXlsx("附1").build(page);
    }

    private XSSFWorkbook build(SheetPage page) {
        ScoreSheet s = page.sheet();
        var project = page.project();
        put(next, 0, "附1", null);
        next++;
        region(next, next, 0, 8, s.getTitle() != null ? s.getTitle() : project.getName() + "项目支出绩效自评表", title);
        next++;
        region(next, next, 0, 8, s.getYearLabel() != null ? s.getYearLabel() : "(" + project.getFiscalYear() + " 年度)",
                title);
        next++;

        region(next, next, 0, 1, "项目名称", head);
        region(next, next, 2, 8, project.getCode() != null ? "[" + project.getCode() + "]" + project.getName()
                : project.getName(), text);
        next++;
        region(next, next, 0, 1, "主管部门", head);
        region(next, next, 2, 4, page.supervisingOfficeName(), text);
        put(next, 5, "实施单位", head);
        region(next, next, 6, 8, page.implementingOfficeName(), text);
        next++;

        List<FundsLine> funds = page.fundsLines();
        region(next, next + funds.size(), 0, 0, "项目资金\n(万元)", head);
        region(next, next, 1, 2, "", head);
        String[] fundsHead = {"年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"};
        for (int i = 0; i < fundsHead.length; i++) {
            put(next, 3 + i, fundsHead[i], head);
        }
        next++;
        for (FundsLine line : funds) {
            region(next, next, 1, 2, line.getKind().label(), text);
            put(next, 3, line.getInitialBudget(), money);
            put(next, 4, line.getAnnualBudget(), money);
            put(next, 5, line.getExecuted(), money);
            if (line.getKind() == FundsLineKind.TOTAL) {
                put(next, 6, s.getFundsWeight(), score);
                // As printed where a report was imported (83% where B/A is 82.73%), else B/A.
                if (s.getFundsPrintedRate() != null) {
                    put(next, 7, s.getFundsPrintedRate(), head);
                } else {
                    put(next, 7, page.executionRate(), rate);
                }
                put(next, 8, s.getFundsEnteredScore(), score);
            } else {
                put(next, 6, "—", head);
                put(next, 7, line.getPrintedRate(), head);
                put(next, 8, "—", head);
            }
            next++;
        }

        region(next, next + 1, 0, 0, "年度\n总体\n目标", head);
        region(next, next, 1, 4, "预期目标", head);
        region(next, next, 5, 8, "实际完成情况", head);
        next++;
        region(next, next, 1, 4, s.getExpectedGoal(), text);
        region(next, next, 5, 8, s.getActualResult(), text);
        sheet.getRow(next).setHeightInPoints(90);
        next++;

        List<GridRow> grid = page.tree().gridRows();
        int gridHead = next;
        region(next, next + grid.size(), 0, 0, "绩效\n指标", head);
        String[] gridHeads = {"一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
                "偏差原因分析及改进措施"};
        for (int i = 0; i < gridHeads.length; i++) {
            put(next, 1 + i, gridHeads[i], head);
        }
        next++;
        for (GridRow g : grid) {
            if (g.level1() != null) {
                BigDecimal weight = g.level1().node().getWeight();
                String label = g.level1().node().getName() + (weight == null ? "" : "\n" + plain(weight) + "分");
                region(next, next + g.level1().rowSpan() - 1, 1, 1, label, head);
            }
            if (g.level2() != null) {
                region(next, next + g.level2().rowSpan() - 1, 2, 2, g.level2().node().getName(), head);
            }
            if (g.row() != null) {
                put(next, 3, g.row().getName(), text);
                put(next, 4, g.row().getTargetText(), text);
                put(next, 5, g.row().getActualText(), text);
                put(next, 6, g.row().getWeight(), score);
                put(next, 7, g.row().getEnteredScore(), score);
                put(next, 8, g.row().getDeviationNote(), text);
            } else {
                put(next, 3, g.level2Node() != null ? g.level2Node().getNote() : null, text);
                for (int c = 4; c < COLUMNS; c++) {
                    put(next, c, null, text);
                }
            }
            next++;
        }
        region(next, next, 0, 5, "总分", head);
        put(next, 6, s.getEnteredTotalWeight(), score);
        put(next, 7, s.getEnteredTotal(), score);
        put(next, 8, null, text);

        sheet.setRepeatingRows(new CellRangeAddress(gridHead, gridHead, -1, -1));
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setLandscape(false);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        return workbook;
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
        if (style != null) {
            cell.setCellStyle(style);
        }
        if (value instanceof BigDecimal number) {
            cell.setCellValue(number.doubleValue());
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

    private CellStyle numeric(String format) {
        CellStyle style = style(true, HorizontalAlignment.RIGHT);
        style.setDataFormat(workbook.createDataFormat().getFormat(format));
        return style;
    }

    private static String plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }
}
