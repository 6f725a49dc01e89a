package com.jixiao.project;

/**
 * The state of a project's 自评表 as the project pages show it. A sheet belongs to a project, so {@code sheet} sits
 * above {@code project} and answers this; project itself only reads the stored status code.
 */
public interface SheetStates {

    /** @param statusCode a sheet status as stored in {@code score_sheet.status}, e.g. {@code DRAFT} */
    SheetState of(String statusCode);

    /** @param editable whether the 填报人 may still change the sheet (草稿, 已退回) */
    record SheetState(String code, String label, boolean editable) {
    }
}
