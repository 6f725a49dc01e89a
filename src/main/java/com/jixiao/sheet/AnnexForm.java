package com.jixiao.sheet;

import com.jixiao.common.form.FormCell;
import com.jixiao.common.form.FormDocument;
import com.jixiao.common.form.FormRow;
import com.jixiao.common.form.FormTable;
import com.jixiao.common.format.Formats;
import com.jixiao.project.Project;
import com.jixiao.sheet.SheetTree.GridRow;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The official 附1 项目支出绩效自评表 as the seed prints it: 项目名称; 主管部门/实施单位; the 项目资金 block
 * (年初预算数, 全年预算数, 全年执行数, 分值, 执行率, 得分 over 年度资金总额 and its three parts); 年度总体目标
 * (预期目标 | 实际完成情况); the indicator grid (一级/二级 cells merged over their rows) and 总分. Entered values
 * only: what Jixiao computes of the sheet goes to the 稽核附表 (report.form.AuditAnnex).
 *
 * <p>Two tables with the same nine columns: the head block, and the indicator grid whose header row repeats
 * on every page; 总分 stays on the page of the last indicator.
 *
 * <p>The one layout of the 附1: the sheet page (with the computed side beside each row, by the rows' keys), the
 * print page, the server PDF and the .xlsx all draw it from here.
 */
public final class AnnexForm {

    /** label, 一级, 二级, 三级, 年度指标值, 实际完成值, 分值, 得分, 偏差原因分析及改进措施 (‰ of the width). */
    static final List<Integer> WIDTHS = List.of(70, 100, 100, 190, 120, 120, 70, 70, 160);

    private AnnexForm() {
    }

    public static FormDocument of(SheetPage page) {
        ScoreSheet sheet = page.sheet();
        Project project = page.project();
        String title = sheet.getTitle() != null ? sheet.getTitle() : project.getName() + "项目支出绩效自评表";
        String year = sheet.getYearLabel() != null ? sheet.getYearLabel() : "(" + project.getFiscalYear() + " 年度)";
        return new FormDocument("附1", title, year, null, null, List.of(head(page), indicators(page)), List.of(),
                false);
    }

    private static FormTable head(SheetPage page) {
        ScoreSheet sheet = page.sheet();
        Project project = page.project();
        List<FormRow> rows = new ArrayList<>();
        rows.add(FormRow.of(FormCell.head("项目名称").cols(2), FormCell.text(project.getCode() != null
                ? "[" + project.getCode() + "]" + project.getName() : project.getName()).cols(7).id("project-name"))
                .key("project"));
        rows.add(FormRow.of(FormCell.head("主管部门").cols(2), FormCell.text(page.supervisingOfficeName()).cols(3),
                FormCell.head("实施单位"), FormCell.text(page.implementingOfficeName()).cols(3)));
        List<FundsLine> funds = page.fundsLines();
        rows.add(FormRow.of(FormCell.head("项目资金\n(万元)").rows(funds.size() + 1), FormCell.head("").cols(2),
                FormCell.head("年初预算数"), FormCell.head("全年预算数"), FormCell.head("全年执行数"),
                FormCell.head("分值"), FormCell.head("执行率"), FormCell.head("得分")));
        for (FundsLine line : funds) {
            List<FormCell> cells = new ArrayList<>(List.of(FormCell.head(line.getKind().label()).cols(2).marked("left"),
                    FormCell.money(line.getInitialBudget()), FormCell.money(line.getAnnualBudget()),
                    FormCell.money(line.getExecuted())));
            if (line.getKind() == FundsLineKind.TOTAL) {
                BigDecimal weight = sheet.getFundsWeight();
                cells.add(new FormCell(weight == null ? "" : Formats.score(weight) + "分", weight, 1, 1,
                        FormCell.Kind.NUMBER));
                // The rate as the form printed it (83% where B/A is 82.73%), else B/A — the form's definition.
                cells.add((sheet.getFundsPrintedRate() != null ? FormCell.figure(sheet.getFundsPrintedRate())
                        : FormCell.figure(Formats.percent(page.executionRate()))).id("funds-rate"));
                cells.add(FormCell.score(sheet.getFundsEnteredScore()).id("funds-score"));
            } else {
                cells.add(FormCell.center("—"));
                cells.add(FormCell.figure(line.getPrintedRate()));
                cells.add(FormCell.center("—"));
            }
            rows.add(new FormRow(cells, false, "funds:" + line.getKind().name()));
        }
        rows.add(FormRow.of(FormCell.head("年度\n总体\n目标").rows(2), FormCell.head("预期目标").cols(4),
                FormCell.head("实际完成情况").cols(4)));
        rows.add(FormRow.of(FormCell.text(sheet.getExpectedGoal()).cols(4),
                FormCell.text(sheet.getActualResult()).cols(4)));
        return new FormTable("sheet-head", WIDTHS, List.of(), rows);
    }

    private static FormTable indicators(SheetPage page) {
        ScoreSheet sheet = page.sheet();
        FormRow head = FormRow.of(FormCell.head("绩效指标"), FormCell.head("一级指标"), FormCell.head("二级指标"),
                FormCell.head("三级指标"), FormCell.head("年度指标值"), FormCell.head("实际完成值"),
                FormCell.head("分值"), FormCell.head("得分"), FormCell.head("偏差原因分析及改进措施"));
        List<GridRow> grid = page.tree().gridRows();
        List<FormRow> rows = new ArrayList<>();
        for (int i = 0; i < grid.size(); i++) {
            GridRow g = grid.get(i);
            List<FormCell> cells = new ArrayList<>();
            if (i == 0) {
                cells.add(FormCell.text("").rows(grid.size()));
            }
            if (g.level1() != null) {
                BigDecimal weight = g.level1().node().getWeight();
                cells.add(FormCell.head(g.level1().node().getName()
                        + (weight == null ? "" : "\n" + Formats.score(weight) + "分")).rows(g.level1().rowSpan())
                        .marked("l1"));
            }
            if (g.level2() != null) {
                cells.add(FormCell.head(g.level2().node().getName()).rows(g.level2().rowSpan()).marked("l2"));
            }
            if (g.row() != null) {
                cells.add(FormCell.text(g.row().getName()).marked("l3"));
                cells.add(FormCell.text(g.row().getTargetText()).marked("target"));
                cells.add(FormCell.text(g.row().getActualText()).marked("actual"));
                cells.add(FormCell.score(g.row().getWeight()).marked("weight"));
                cells.add(FormCell.score(g.row().getEnteredScore()).marked("entered"));
                cells.add(FormCell.text(g.row().getDeviationNote()).marked("deviation"));
            } else {
                cells.add(FormCell.text(g.level2Node() != null ? g.level2Node().getNote() : "").marked("l3 muted"));
                for (int c = 0; c < 5; c++) {
                    cells.add(FormCell.text(""));
                }
            }
            rows.add(new FormRow(cells, false, g.row() != null ? "indicator:" + g.row().getId() : "empty"));
        }
        rows.add(FormRow.of(FormCell.head("总分").cols(6),
                FormCell.score(sheet.getEnteredTotalWeight()).id("total-weight"),
                FormCell.score(sheet.getEnteredTotal()).id("total-score"), FormCell.text("")).keptWithPrevious()
                .key("total"));
        return new FormTable("sheet-indicators", WIDTHS, List.of(head), rows);
    }
}
