package com.jixiao.report;

import com.jixiao.department.Department;
import com.jixiao.scoring.Finding;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/** A department's 汇总表 for one fiscal year with its totals. */
public record SummaryPage(Department department, int fiscalYear, NarrativeReport report, List<SummaryLine> lines,
                          List<String> gradeNames) {

    public String title() {
        if (report != null && report.getSummaryTitle() != null) {
            return report.getSummaryTitle();
        }
        return fiscalYear + "年度" + department.displayShortName() + "项目支出绩效自评情况汇总表";
    }

    public List<SummaryRow> rows() {
        return lines.stream().map(SummaryLine::row).toList();
    }

    public BigDecimal totalFunds() {
        return sum(rows(), SummaryRow::funds);
    }

    public BigDecimal totalAnnualBudget() {
        return sum(rows(), SummaryRow::annualBudget);
    }

    public BigDecimal totalExecuted() {
        return sum(rows(), SummaryRow::executed);
    }

    /** The department's execution rate: Σ executed / Σ annual budget over the projects with a sheet. */
    public BigDecimal executionRate() {
        BigDecimal budget = totalAnnualBudget();
        return budget.signum() == 0 ? null : totalExecuted().divide(budget, 8, RoundingMode.HALF_UP);
    }

    /** Mean of the reported scores, to the cent; null when nothing is scored. */
    public BigDecimal averageScore() {
        return average(rows().stream().map(SummaryRow::reportedScore).toList());
    }

    /** Mean of the scores computed by the rules, over the projects with a sheet. */
    public BigDecimal averageComputedScore() {
        return average(lines.stream().map(SummaryLine::computedTotal).toList());
    }

    /** The average the imported report printed, when it differs from the true one. */
    public BigDecimal misprintedAverage() {
        BigDecimal printed = report == null ? null : report.getPrintedAverageScore();
        BigDecimal actual = averageScore();
        return printed != null && actual != null && printed.compareTo(actual) != 0 ? printed : null;
    }

    /** Number of projects per computed grade, in the profile's order (优, 良, 中, 差). */
    public Map<String, Long> computedGradeCounts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        gradeNames.forEach(name -> counts.put(name, 0L));
        lines.stream().map(SummaryLine::computedGrade).filter(Objects::nonNull)
                .forEach(grade -> counts.merge(grade, 1L, Long::sum));
        return counts;
    }

    public long findingCount() {
        return lines.stream().mapToLong(SummaryLine::findingCount).sum();
    }

    public List<Finding> allFindings() {
        return lines.stream().flatMap(line -> line.findings().stream()).toList();
    }

    private static BigDecimal average(List<BigDecimal> values) {
        List<BigDecimal> present = values.stream().filter(Objects::nonNull).toList();
        if (present.isEmpty()) {
            return null;
        }
        return present.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(present.size()), 2, RoundingMode.HALF_UP);
    }

    private static BigDecimal sum(List<SummaryRow> rows, Function<SummaryRow, BigDecimal> column) {
        return rows.stream().map(column).filter(Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
