package com.jixiao.report;

import com.jixiao.sheet.SheetFigures;
import com.jixiao.sheet.SheetStatus;
import java.math.BigDecimal;

/**
 * One row of a 汇总表, read by a single projection query. The printed 汇总表 values (where a report
 * was imported) and the sheet's own figures sit side by side. The funds figures are those of the
 * sheet's 年度资金总额 row; they are null for a project without a sheet.
 */
public record SummaryRow(Long projectId, Long departmentId, String departmentName, int fiscalYear, int seq,
                         String code, String usingOfficeName, String summaryName, String projectName,
                         BigDecimal publishedFunds, BigDecimal publishedScore, String publishedGrade,
                         String contact, Long sheetId, Long sheetVersion, SheetStatus status, String profileCode,
                         BigDecimal initialBudget, BigDecimal annualBudget, BigDecimal executed,
                         BigDecimal fundsWeight, BigDecimal fundsEnteredScore, String fundsPrintedRate,
                         String fundsDeviationNote, BigDecimal enteredTotal, BigDecimal enteredTotalWeight,
                         Integer profileVersion) {

    /** What scoring needs of the sheet besides its tree; null without a sheet. */
    public SheetFigures figures() {
        return sheetId == null ? null : new SheetFigures(profileCode, profileVersion, fiscalYear, initialBudget,
                annualBudget,
                executed, fundsWeight, fundsEnteredScore, fundsPrintedRate, fundsDeviationNote, enteredTotal,
                enteredTotalWeight);
    }

    public String displayName() {
        return summaryName != null ? summaryName : projectName;
    }

    /** 资金: the printed figure where a report was imported, else the sheet's 全年执行数. */
    public BigDecimal funds() {
        return publishedFunds != null ? publishedFunds : executed;
    }

    /** 自评得分 as reported: the 汇总表's printed score, else the sheet's 总分. */
    public BigDecimal reportedScore() {
        return publishedScore != null ? publishedScore : enteredTotal;
    }

    /**
     * 状态 in Chinese. A row without a sheet is a result only when a filed report printed it in its 汇总表
     * (see SummaryRowQueriesImpl.RESULT): 已公布, its 附1 is not on file.
     */
    public String statusLabel() {
        return status == null ? "已公布" : status.label();
    }
}
