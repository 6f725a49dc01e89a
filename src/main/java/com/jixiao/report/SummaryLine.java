package com.jixiao.report;

import com.jixiao.scoring.Finding;
import com.jixiao.sheet.ScoredSheet;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;

/**
 * A 汇总表 row with its computed side: the sheet's score by the rules, and every finding of the
 * sheet and of the row against its sheet. {@code scored} is null for a project without a sheet.
 */
public record SummaryLine(SummaryRow row, ScoredSheet scored, List<Finding> summaryFindings) {

    public BigDecimal computedTotal() {
        return scored == null ? null : scored.result().total();
    }

    public String computedGrade() {
        return scored == null ? null : scored.result().grade();
    }

    public List<Finding> findings() {
        List<Finding> sheetFindings = scored == null ? List.of() : scored.result().findings();
        return Stream.concat(sheetFindings.stream(), summaryFindings.stream()).toList();
    }

    public int findingCount() {
        return findings().size();
    }

    /** The computed total differs from the score the 汇总表 reports. */
    public boolean scoreDiffers() {
        BigDecimal reported = row.reportedScore();
        BigDecimal computed = computedTotal();
        return reported != null && computed != null && reported.compareTo(computed) != 0;
    }
}
