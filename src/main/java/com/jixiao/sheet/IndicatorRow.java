package com.jixiao.sheet;

/**
 * An indicator node read as a plain projection, for pages and exports that score many sheets at once: no entity
 * hydration, no persistence-context bookkeeping. Where the node sits (sheet, parent, level, position) beside what is
 * entered on it; a 一级/二级 node has only a name and perhaps a weight in its entry.
 */
public record IndicatorRow(Long sheetId, Long id, Long parentId, int level, int position, IndicatorEntry entry) {
}
