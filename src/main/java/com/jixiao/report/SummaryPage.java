package com.jixiao.report;

import com.jixiao.department.Department;
import com.jixiao.narrative.NarrativeReport;
import com.jixiao.scoring.Finding;
import com.jixiao.sheet.SheetPage;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A department's 汇总表 for one fiscal year with its totals, in the requested order. {@code rows} are
 * the results only (submitted and approved sheets, filed 汇总表 rows): every total, average and grade
 * count is theirs. {@code unsubmitted} lists the other projects apart (未提交, issue 11). {@code sheets}
 * holds every result's sheet keyed by project id, for the printed report that follows the table with
 * each 自评表.
 */
public record SummaryPage(Department department, int fiscalYear, NarrativeReport report, List<SummaryRow> rows,
                          List<UnsubmittedProject> unsubmitted, List<String> gradeNames, SummarySort sort,
                          Map<Long, SheetPage> sheets) {

    /** The same page in another order. */
    public SummaryPage sortedBy(SummarySort order) {
        return order.equals(sort) ? this
                : new SummaryPage(department, fiscalYear, report, order.apply(rows), unsubmitted, gradeNames, order, sheets);
    }

    public String title() {
        if (report != null && report.getSummaryTitle() != null) {
            return report.getSummaryTitle();
        }
        return fiscalYear + "年度" + department.displayShortName() + "项目支出绩效自评情况汇总表";
    }

    /** 预算部门(盖章)：… as the imported report printed it, else built from the department's name. */
    public String sealLine() {
        if (report != null && report.getSealLine() != null) {
            return report.getSealLine();
        }
        return "预算部门(盖章)：" + department.getName();
    }

    public SummaryTotals totals() {
        return new SummaryTotals(rows, gradeNames);
    }

    public BigDecimal totalFunds() {
        return totals().totalFunds();
    }

    public BigDecimal totalAnnualBudget() {
        return totals().totalAnnualBudget();
    }

    public BigDecimal totalExecuted() {
        return totals().totalExecuted();
    }

    public BigDecimal executionRate() {
        return totals().executionRate();
    }

    public BigDecimal averageScore() {
        return totals().averageScore();
    }

    public BigDecimal averageComputedScore() {
        return totals().averageComputedScore();
    }

    /** The average the imported report printed, when it differs from the true one. */
    public BigDecimal misprintedAverage() {
        BigDecimal printed = report == null ? null : report.getPrintedAverageScore();
        BigDecimal actual = averageScore();
        return printed != null && actual != null && printed.compareTo(actual) != 0 ? printed : null;
    }

    public Map<String, Long> computedGradeCounts() {
        return totals().computedGradeCounts();
    }

    public long findingCount() {
        return totals().findingCount();
    }

    public List<Finding> allFindings() {
        return totals().allFindings();
    }

    /** The sheets in the order of the table, for the printed report. */
    public List<SheetPage> sheetsInOrder() {
        return rows.stream().map(row -> sheets.get(row.projectId())).filter(java.util.Objects::nonNull)
                .toList();
    }
}
