package com.jixiao.common.form;

import java.util.List;

/**
 * A printed form as a whole: the lines above its tables and the tables. One description per official form
 * (the 汇总表 in report.form.SummaryForm, the 附1 in sheet.AnnexForm) and per working list (report.form.AuditAnnex), rendered to the screen,
 * the browser print, the server PDF (templates report/print/form.html) and .xlsx ({@code report.export.FormXlsx}).
 *
 * @param label     the attachment label above the title (附1), or null
 * @param title     the title line
 * @param subtitle  the line under the title ((2021 年度)), or null
 * @param left      left of the line above the table (预算部门(盖章)：…), or null
 * @param right     right of that line (单位：万元), or null
 * @param tables    the tables, one under the other
 * @param notes     lines printed under the tables (the 稽核附表's remarks; none on an official form)
 * @param landscape printed on A4 landscape, else portrait
 */
public record FormDocument(String label, String title, String subtitle, String left, String right,
                           List<FormTable> tables, List<String> notes, boolean landscape) {

    public FormDocument {
        tables = List.copyOf(tables);
        notes = List.copyOf(notes);
    }
}
