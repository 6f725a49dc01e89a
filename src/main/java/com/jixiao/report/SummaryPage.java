package com.jixiao.report;

import com.jixiao.department.Department;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;

/** A department's 汇总表 for one fiscal year with its totals. */
public record SummaryPage(Department department, int fiscalYear, NarrativeReport report, List<SummaryRow> rows) {

    public String title() {
        if (report != null && report.getSummaryTitle() != null) {
            return report.getSummaryTitle();
        }
        return fiscalYear + "年度" + department.displayShortName() + "项目支出绩效自评情况汇总表";
    }

    public BigDecimal totalFunds() {
        return sum(rows.stream().map(SummaryRow::funds).toList());
    }

    public BigDecimal totalAnnualBudget() {
        return sum(rows.stream().map(SummaryRow::annualBudget).toList());
    }

    public BigDecimal totalExecuted() {
        return sum(rows.stream().map(SummaryRow::executed).toList());
    }

    /** Σ scores / number of scored projects, to the cent; null when nothing is scored. */
    public BigDecimal averageScore() {
        List<BigDecimal> scores = rows.stream().map(SummaryRow::reportedScore).filter(Objects::nonNull).toList();
        if (scores.isEmpty()) {
            return null;
        }
        return sum(scores).divide(BigDecimal.valueOf(scores.size()), 2, RoundingMode.HALF_UP);
    }

    /** The average the imported report printed, when it differs from the true one. */
    public BigDecimal misprintedAverage() {
        BigDecimal printed = report == null ? null : report.getPrintedAverageScore();
        BigDecimal actual = averageScore();
        return printed != null && actual != null && printed.compareTo(actual) != 0 ? printed : null;
    }

    private static BigDecimal sum(List<BigDecimal> values) {
        return values.stream().filter(Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
