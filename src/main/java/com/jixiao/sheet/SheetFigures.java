package com.jixiao.sheet;

import java.math.BigDecimal;

/**
 * The figures of a sheet outside its indicator tree — funds block (年度资金总额 row), entered
 * funds points and 总分 — which, with the tree, are all that scoring needs.
 */
public record SheetFigures(String profileCode, int profileVersion, int fiscalYear, BigDecimal initialBudget, BigDecimal annualBudget,
                           BigDecimal executed, BigDecimal fundsWeight, BigDecimal fundsEnteredScore,
                           String fundsPrintedRate, String fundsDeviationNote, BigDecimal enteredTotal,
                           BigDecimal enteredTotalWeight) {

    static SheetFigures of(ScoreSheet sheet, FundsLine total) {
        return new SheetFigures(sheet.getProfileCode(), sheet.getProfileVersion(), sheet.getProject().getFiscalYear(),
                total == null ? null : total.getInitialBudget(), total == null ? null : total.getAnnualBudget(),
                total == null ? null : total.getExecuted(), sheet.getFundsWeight(), sheet.getFundsEnteredScore(),
                sheet.getFundsPrintedRate(), sheet.getFundsDeviationNote(), sheet.getEnteredTotal(),
                sheet.getEnteredTotalWeight());
    }
}
