package com.jixiao.sheet.edit;

import com.jixiao.scoring.Finding;
import com.jixiao.scoring.SheetResult;
import com.jixiao.scoring.SheetResult.IndicatorResult;
import com.jixiao.sheet.edit.ReadSheet.ReadRow;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * What the scoring core makes of a sheet as the officer is typing it, keyed by form row index.
 *
 * @param storedScores the score each row gets when saved: the override or hand score if typed, else the computed one
 * @param enteredTotal the 总分 the sheet states (funds points plus the stored scores); null when nothing is scored
 */
public record Evaluation(ReadSheet sheet, SheetResult result, Map<Integer, IndicatorResult> rowResults,
                         Map<Integer, List<Finding>> rowFindings, List<Finding> sheetFindings,
                         Map<Integer, BigDecimal> storedScores, BigDecimal enteredTotal,
                         BigDecimal enteredTotalWeight) {

    public IndicatorResult resultOf(int rowIndex) {
        return rowResults.get(rowIndex);
    }

    public List<Finding> findingsOf(int rowIndex) {
        return rowFindings.getOrDefault(rowIndex, List.of());
    }

    /** The findings of the funds block. */
    public List<Finding> fundsFindings() {
        return sheetFindings.stream().filter(f -> Finding.FUNDS.equals(f.path())).toList();
    }

    /** Findings of neither a row nor the funds block: weights of a 一级指标, totals. */
    public List<Finding> otherFindings() {
        return sheetFindings.stream().filter(f -> !Finding.FUNDS.equals(f.path())).toList();
    }

    /** Whether the officer replaced the computed score of a row the rules can score. */
    public boolean overridden(ReadRow row) {
        IndicatorResult r = resultOf(row.index());
        BigDecimal typed = row.entry().enteredScore();
        return r != null && r.computedScore() != null && typed != null && typed.compareTo(r.computedScore()) != 0;
    }
}
