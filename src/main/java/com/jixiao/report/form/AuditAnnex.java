package com.jixiao.report.form;

import com.jixiao.common.form.FormCell;
import com.jixiao.common.form.FormDocument;
import com.jixiao.common.form.FormRow;
import com.jixiao.common.form.FormTable;
import com.jixiao.common.format.Formats;
import com.jixiao.report.SummaryPage;
import com.jixiao.report.SummaryRow;
import com.jixiao.report.SummaryTotals;
import com.jixiao.report.UnsubmittedProject;
import com.jixiao.scoring.Finding;
import com.jixiao.scoring.SheetResult.FundsResult;
import com.jixiao.scoring.SheetResult.IndicatorResult;
import com.jixiao.sheet.Indicator;
import com.jixiao.sheet.ScoreSheet;
import com.jixiao.sheet.SheetPage;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The 稽核附表: Jixiao's working view on paper, apart from the official forms. What the rules compute of the
 * entered values (执行率, 预算执行得分, 总分, 等级), status, every finding, the 合计 with averages and grade
 * counts, and the projects without a result (未提交). Printed and downloaded on its own, never on a page that
 * is stamped.
 */
public final class AuditAnnex {

    static final String SUBTITLE = "（按评分规则重新计算的结果和稽核问题，供审核使用；不是报送盖章的正式表格）";

    private AuditAnnex() {
    }

    /** The department-year's annex: one row per result, the findings, the 未提交 projects. */
    public static FormDocument of(SummaryPage page) {
        String title = page.fiscalYear() + "年度" + page.department().displayShortName() + "项目支出绩效自评稽核附表";
        List<FormTable> tables = List.of(scores(page), findings(page), unsubmitted(page.unsubmitted()));
        SummaryTotals totals = page.totals();
        List<String> notes = new ArrayList<>();
        notes.add("按规则等级：" + counts(totals.computedGradeCounts()));
        if (!totals.reportedGradeCounts().isEmpty()) {
            notes.add("填报等级：" + counts(totals.reportedGradeCounts()));
        }
        return new FormDocument(null, title, SUBTITLE, "预算部门：" + page.department().getName(), "单位：万元",
                tables, notes, true);
    }

    private static String counts(Map<String, Long> counts) {
        return counts.entrySet().stream().map(entry -> entry.getKey() + " " + entry.getValue() + " 个")
                .collect(Collectors.joining("；"));
    }

    private static FormTable scores(SummaryPage page) {
        FormRow head = FormRow.of(FormCell.head("序号"), FormCell.head("项目名称"), FormCell.head("资金"),
                FormCell.head("全年预算数"), FormCell.head("全年执行数"), FormCell.head("执行率"),
                FormCell.head("预算执行得分（填报）"), FormCell.head("预算执行得分（按规则）"), FormCell.head("自评得分"),
                FormCell.head("按规则得分"), FormCell.head("自评等级"), FormCell.head("按规则等级"),
                FormCell.head("状态"), FormCell.head("问题数"));
        List<FormRow> rows = new ArrayList<>();
        for (SummaryRow row : page.rows()) {
            FundsResult funds = row.result() == null ? null : row.result().funds();
            rows.add(FormRow.of(FormCell.center(String.valueOf(row.seq())), FormCell.text(row.displayName()),
                    FormCell.money(row.funds()), FormCell.money(row.annualBudget()), FormCell.money(row.executed()),
                    rate(row.executionRate()), FormCell.score(row.fundsEnteredScore()),
                    FormCell.score(funds == null ? null : funds.score()), FormCell.score(row.reportedScore()),
                    FormCell.score(row.computedTotal()), FormCell.center(SummaryForm.reportedGrade(row)),
                    FormCell.center(row.computedGrade()), FormCell.center(row.statusLabel()),
                    count(row.findingCount())));
        }
        SummaryTotals t = page.totals();
        rows.add(FormRow.of(FormCell.head("合计").cols(2), FormCell.money(t.totalFunds()),
                FormCell.money(t.totalAnnualBudget()), FormCell.money(t.totalExecuted()), rate(t.executionRate()),
                FormCell.text("").cols(2), average(t.averageScore()), average(t.averageComputedScore()),
                FormCell.text("").cols(3), count(t.findingCount())).keptWithPrevious());
        return new FormTable("audit-scores", List.of(40, 200, 80, 80, 80, 70, 60, 60, 60, 60, 50, 50, 60, 50),
                List.of(head), rows);
    }

    private static FormTable findings(SummaryPage page) {
        FormRow head = FormRow.of(FormCell.head("序号"), FormCell.head("项目名称"), FormCell.head("级别"),
                FormCell.head("位置"), FormCell.head("稽核问题"));
        List<FormRow> rows = new ArrayList<>();
        BigDecimal misprinted = page.misprintedAverage();
        if (misprinted != null) {
            rows.add(FormRow.of(FormCell.center("—"), FormCell.text("部门汇总"), FormCell.center("错误"),
                    FormCell.text("平均得分"), FormCell.text("自评报告所载平均得分 " + Formats.score2(misprinted)
                            + " 分，按汇总表各项目得分计算应为 " + Formats.score2(page.averageScore()) + " 分。")));
        }
        for (SummaryRow row : page.rows()) {
            for (Finding finding : row.findings()) {
                rows.add(finding(String.valueOf(row.seq()), row.displayName(), finding));
            }
        }
        return new FormTable("audit-findings", List.of(40, 180, 50, 160, 570), List.of(head),
                rows.isEmpty() ? List.of(FormRow.of(FormCell.text("无稽核问题。").cols(5))) : rows);
    }

    private static FormRow finding(String seq, String project, Finding finding) {
        return FormRow.of(FormCell.center(seq), FormCell.text(project), FormCell.center(finding.severity().label()),
                FormCell.text(finding.path()), FormCell.text(finding.message()));
    }

    private static FormTable unsubmitted(List<UnsubmittedProject> projects) {
        FormRow title = FormRow.of(FormCell.head("未提交（" + projects.size() + " 个项目，不计入合计、平均分和等级统计）")
                .cols(4));
        FormRow head = FormRow.of(FormCell.head("序号"), FormCell.head("资金使用单位(科室)名称"),
                FormCell.head("项目名称"), FormCell.head("状态"));
        List<FormRow> rows = projects.stream().map(p -> FormRow.of(FormCell.center(String.valueOf(p.seq())),
                FormCell.text(p.officeName()), FormCell.text(p.name()), FormCell.center(p.statusLabel()))).toList();
        return new FormTable("audit-unsubmitted", List.of(50, 350, 450, 150), List.of(title, head),
                rows.isEmpty() ? List.of(FormRow.of(FormCell.text("本年度全部项目的自评表均已提交。").cols(4))) : rows);
    }

    /** One sheet's annex: what the rules make of each entered figure, and every finding of the sheet. */
    public static FormDocument of(SheetPage page) {
        ScoreSheet sheet = page.sheet();
        String title = (sheet.getTitle() != null ? sheet.getTitle() : page.project().getName() + "项目支出绩效自评表")
                + "·稽核附表";
        FormRow head = FormRow.of(FormCell.head("位置"), FormCell.head("分值"), FormCell.head("填报得分"),
                FormCell.head("按规则得分"), FormCell.head("计分方式"), FormCell.head("稽核问题"));
        List<FormRow> rows = new ArrayList<>();
        FundsResult funds = page.scored().result().funds();
        rows.add(FormRow.of(FormCell.text(Finding.FUNDS + "（执行率 "
                        + (funds.rate() == null ? "—" : Formats.percent(funds.rate())) + "）"),
                FormCell.score(sheet.getFundsWeight()), FormCell.score(sheet.getFundsEnteredScore()),
                FormCell.score(funds.score()), FormCell.center("执行率"),
                messages(page.scored().findingsAt(Finding.FUNDS))));
        for (Indicator row : page.tree().level3Rows()) {
            IndicatorResult result = page.scored().resultOf(row);
            rows.add(FormRow.of(FormCell.text(result == null ? row.getName() : result.path()),
                    FormCell.score(row.getWeight()), FormCell.score(row.getEnteredScore()),
                    result == null || result.computedScore() == null ? FormCell.center("手工评分")
                            : FormCell.score(result.computedScore()),
                    FormCell.center(result == null ? "" : result.kind().label()),
                    messages(page.scored().findingsOf(row))));
        }
        rows.add(FormRow.of(FormCell.head("总分 / 等级"), FormCell.score(sheet.getEnteredTotalWeight()),
                FormCell.score(sheet.getEnteredTotal()), FormCell.score(page.scored().result().total()),
                FormCell.center(page.scored().result().grade()),
                messages(page.scored().sheetLevelFindings().stream()
                        .filter(f -> !Finding.FUNDS.equals(f.path())).toList())).keptWithPrevious());
        FormTable table = new FormTable("audit-sheet", List.of(300, 60, 70, 80, 80, 410), List.of(head), rows);
        return new FormDocument(null, title, SUBTITLE, "项目：" + page.project().getName(), "单位：万元",
                List.of(table), List.of(), false);
    }

    private static FormCell messages(List<Finding> findings) {
        return FormCell.text(findings.stream().map(Finding::message).collect(Collectors.joining("\n")));
    }

    private static FormCell rate(BigDecimal rate) {
        return rate == null ? FormCell.center("—") : new FormCell(Formats.percent(rate), rate, 1, 1,
                FormCell.Kind.NUMBER);
    }

    private static FormCell average(BigDecimal value) {
        return new FormCell(value == null ? "" : "平均 " + Formats.score2(value), value, 1, 1, FormCell.Kind.NUMBER);
    }

    private static FormCell count(long count) {
        return new FormCell(String.valueOf(count), BigDecimal.valueOf(count), 1, 1, FormCell.Kind.NUMBER);
    }
}
