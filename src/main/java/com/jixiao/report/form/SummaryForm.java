package com.jixiao.report.form;

import com.jixiao.common.form.FormCell;
import com.jixiao.common.form.FormDocument;
import com.jixiao.common.form.FormRow;
import com.jixiao.common.form.FormTable;
import com.jixiao.report.SummaryPage;
import com.jixiao.report.SummaryRow;
import com.jixiao.scoring.Grades;
import com.jixiao.sheet.SheetScoring;
import java.util.List;
import java.util.function.Function;

/**
 * The official 汇总表 as the seed prints it and a head stamps it: the title, 预算部门(盖章)：… and
 * 单位：万元, then exactly seven columns of entered values — 序号 | 资金使用单位(科室)名称 | 项目名称 | 资金 |
 * 自评得分 | 自评等级 | 联系人及电话 — and nothing else (no computed score, no status, no finding: those are
 * the 稽核附表's, {@link AuditAnnex}). A column of the form is one row here.
 */
public final class SummaryForm {

    /** A column of the form: header, share of the width (‰) and the cell of a row. */
    record Column(String header, int width, Function<SummaryRow, FormCell> cell) {
    }

    static final List<Column> COLUMNS = List.of(
            new Column("序号", 50, row -> FormCell.center(String.valueOf(row.seq()))),
            new Column("资金使用单位(科室)名称", 250, row -> FormCell.text(row.usingOfficeName())),
            new Column("项目名称", 270, row -> FormCell.text(row.displayName())),
            new Column("资金", 110, row -> FormCell.money(row.funds())),
            new Column("自评得分", 80, row -> FormCell.score(row.reportedScore())),
            new Column("自评等级", 80, row -> FormCell.center(reportedGrade(row))),
            new Column("联系人及电话", 160, row -> FormCell.text(row.contact())));

    private SummaryForm() {
    }

    /** The 汇总表 of the page's results (submitted and approved sheets, filed rows), in the page's order. */
    public static FormDocument of(SummaryPage page) {
        FormRow head = new FormRow(COLUMNS.stream().map(column -> FormCell.head(column.header())).toList(), false);
        List<FormRow> body = page.rows().stream()
                .map(row -> new FormRow(COLUMNS.stream().map(column -> column.cell().apply(row)).toList(), false))
                .toList();
        FormTable table = new FormTable("summary", COLUMNS.stream().map(Column::width).toList(), List.of(head), body);
        return new FormDocument(null, page.title(), null, page.sealLine(), "单位：万元", List.of(table), List.of(),
                true);
    }

    /**
     * 自评等级 as reported: the grade a filed 汇总表 printed, else the grade of the sheet's own 总分 under
     * its rule profile — the officer's score graded, not a score Jixiao computed.
     */
    static String reportedGrade(SummaryRow row) {
        if (row.publishedGrade() != null) {
            return row.publishedGrade();
        }
        return row.profileCode() == null ? null
                : Grades.nameOf(row.reportedScore(), SheetScoring.profile(row.profileCode(), row.profileVersion()));
    }
}
