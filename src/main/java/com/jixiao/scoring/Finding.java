package com.jixiao.scoring;

/**
 * One inconsistency of a sheet.
 *
 * @param code    a stable code from {@link FindingCodes}, for filtering and translation
 * @param message Chinese text naming the row and the numbers
 * @param path    where it is: "产出指标/数量指标/…" for a row, "产出指标" for a 一级指标, {@link #FUNDS} or {@link #TOTAL}
 */
public record Finding(String code, Severity severity, String message, String path) {

    public static final String FUNDS = "预算执行率";
    public static final String TOTAL = "总分";
    public static final String SUMMARY = "汇总表";

    /** The Chinese title pages show; {@link #code} stays for the API, filters and as the page's tooltip. */
    public String title() {
        return FindingCodes.title(code);
    }
}
