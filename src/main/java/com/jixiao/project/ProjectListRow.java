package com.jixiao.project;

/**
 * A line of the project list: the project, its department and its sheet if it has one ({@code sheetStatus} null when
 * it has none).
 */
public record ProjectListRow(Long id, int fiscalYear, String code, String name, Long departmentId,
                             String departmentName, Long sheetId, SheetStates.SheetState sheetStatus) {

    /** As the search query reads it: the sheet's status as its stored code, to be named by {@link SheetStates}. */
    public record Found(Long id, int fiscalYear, String code, String name, Long departmentId, String departmentName,
                        Long sheetId, String sheetStatus) {

        ProjectListRow named(SheetStates states) {
            return new ProjectListRow(id, fiscalYear, code, name, departmentId, departmentName, sheetId,
                    sheetStatus == null ? null : states.of(sheetStatus));
        }
    }
}
