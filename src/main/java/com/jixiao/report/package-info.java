/**
 * What is read and printed per department-year and across departments: the 汇总表, the annual overview, prints and
 * PDFs ({@code report.print}), spreadsheet and CSV exports ({@code report.export}), every download recorded in the
 * audit trail.
 *
 * <p>A read side above {@code sheet}: uses {@code sheet}, {@code project}, {@code department}, {@code scoring},
 * {@code security}, {@code audit} and {@code common}; nothing below depends on it.
 */
@ApplicationModule(displayName = "Reports and exports")
package com.jixiao.report;

import org.springframework.modulith.ApplicationModule;
