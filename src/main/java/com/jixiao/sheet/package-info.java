/**
 * The 自评表 (附1) of a project: the aggregate and its rows, scoring it through {@code scoring}, the sheet page, the
 * editor ({@code sheet.edit}, internal) and the review workflow ({@code sheet.workflow}, internal except the 待办 list
 * exposed as the named interface {@code todo}, and the {@code events} interface: {@code SheetReviewed}, published at
 * every review step, and the department-years' 提交截止日期).
 *
 * <p>Uses {@code project}, {@code department}, {@code security}, {@code audit}, {@code scoring}, {@code rules} (the
 * stored rule profile versions and templates) and {@code common}.
 * (It still reads the department's NarrativeReport from {@code report} until that moves to its own module.)
 */
@ApplicationModule(displayName = "Self-evaluation sheets (附1)")
package com.jixiao.sheet;

import org.springframework.modulith.ApplicationModule;
