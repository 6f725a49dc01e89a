package com.jixiao.report;

import com.jixiao.scoring.Finding;
import com.jixiao.scoring.SheetInput;
import com.jixiao.scoring.SheetResult;
import com.jixiao.sheet.SheetScoring;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;

/**
 * A 汇总表 row with its computed side: the sheet's score by the rules, and every finding of the
 * sheet and of the row against its sheet. {@code result} is null for a project without a sheet.
 */
public record SummaryLine(SummaryRow row, SheetInput input, SheetResult result, List<Finding> summaryFindings,
                          List<Finding> findings) {

    /** @param scored null for a project without a sheet */
    static SummaryLine of(SummaryRow row, SheetScoring.Scored scored, List<Finding> summaryFindings) {
        List<Finding> sheetFindings = scored == null ? List.of() : scored.result().findings();
        return new SummaryLine(row, scored == null ? null : scored.input(), scored == null ? null : scored.result(),
                summaryFindings, Stream.concat(sheetFindings.stream(), summaryFindings.stream()).toList());
    }

    /** The row formatted for the 汇总表 page. */
    public SummaryCells cells() {
        return SummaryCells.of(this);
    }

    /** 执行率 B/A of the sheet's 年度资金总额, as the scoring rules compute it; null without a budget. */
    public BigDecimal executionRate() {
        return result == null ? null : result.funds().rate();
    }

    public BigDecimal computedTotal() {
        return result == null ? null : result.total();
    }

    public String computedGrade() {
        return result == null ? null : result.grade();
    }

    public int findingCount() {
        return findings.size();
    }

    /** The computed total differs from the score the 汇总表 reports. */
    public boolean scoreDiffers() {
        BigDecimal reported = row.reportedScore();
        BigDecimal computed = computedTotal();
        return reported != null && computed != null && reported.compareTo(computed) != 0;
    }
}
