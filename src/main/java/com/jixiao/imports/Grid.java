package com.jixiao.imports;

import java.util.List;

/**
 * One table as text, whatever it came from (a worksheet, a Word table): every cell of a merged range holds the
 * range's text, and {@link #origin} says which cell is the range's first, so that a label merged over two columns
 * is read once and a 一级 cell merged down its rows is seen on each of them.
 *
 * @param name     how the user knows the table ("工作表 附1", "表格 2")
 * @param cells    [row][column], never null inside; "" for an empty cell
 * @param origin   true for a cell that is not the continuation of a merged range
 * @param context  text around the table that may carry the title and year (paragraphs above a Word table)
 * @param excel    whether cells are addressed A1-style (Excel) or by row and column numbers (Word)
 */
record Grid(String name, String[][] cells, boolean[][] origin, List<String> context, boolean excel) {

    int rows() {
        return cells.length;
    }

    int columns(int row) {
        return cells[row].length;
    }

    String text(int row, int column) {
        return row < cells.length && column >= 0 && column < cells[row].length ? cells[row][column] : "";
    }

    boolean isOrigin(int row, int column) {
        return row < origin.length && column >= 0 && column < origin[row].length && origin[row][column];
    }

    /** "工作表 附1 单元格 F14" or "表格 2 第 14 行第 6 列", as the user finds the cell in the file. */
    String address(int row, int column) {
        return name + (excel ? " 单元格 " : " ") + cell(row, column);
    }

    /** "F14", or "第 14 行第 6 列" in a Word table. */
    String cell(int row, int column) {
        return excel ? columnLetters(column) + (row + 1) : "第 " + (row + 1) + " 行第 " + (column + 1) + " 列";
    }

    /** The table's own name: the worksheet's ("附1") or "表格 2". */
    String shortName() {
        return name.startsWith("工作表 ") ? name.substring("工作表 ".length()) : name;
    }

    static String columnLetters(int column) {
        StringBuilder letters = new StringBuilder();
        for (int c = column + 1; c > 0; c = (c - 1) / 26) {
            letters.insert(0, (char) ('A' + (c - 1) % 26));
        }
        return letters.toString();
    }
}
