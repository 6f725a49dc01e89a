package com.jixiao.project;

import com.jixiao.sheet.SheetStatus;

/** A line of the project list: the project, its department and its sheet if it has one. */
public record ProjectListRow(Long id, int fiscalYear, String code, String name, Long departmentId,
                             String departmentName, Long sheetId, SheetStatus sheetStatus) {
}
