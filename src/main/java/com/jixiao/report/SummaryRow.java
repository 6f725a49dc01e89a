package com.jixiao.report;

import com.jixiao.common.format.Formats;
import com.jixiao.scoring.Finding;
import com.jixiao.scoring.PublishedResult;
import com.jixiao.scoring.SheetInput;
import com.jixiao.scoring.SheetResult;
import com.jixiao.sheet.SheetFigures;
import com.jixiao.sheet.SheetScoring;
import com.jixiao.sheet.SheetStatus;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;

/**
 * One row of a 汇总表 — the one type every view of it uses (page, print, PDF, exports, dashboards, totals).
 * It is read by a single projection query ({@link SummaryRowQueriesImpl}) and then scored ({@link #scored}):
 * the stored side holds the printed 汇总表 values (where a report was imported) next to the sheet's own
 * figures (those of its 年度资金总额 row; null for a project without a sheet); the computed side holds the
 * sheet's score by the rules and every finding of the sheet and of this row against its sheet.
 *
 * @param score          the sheet's input and result by the rules; null before scoring and without a sheet
 * @param summaryFindings what the row's printed figures contradict in its sheet ({@link com.jixiao.scoring.SummaryCheck})
 */
public record SummaryRow(Long projectId, Long departmentId, String departmentName, int fiscalYear, int seq,
                         String code, String usingOfficeName, String summaryName, String projectName,
                         BigDecimal publishedFunds, BigDecimal publishedScore, String publishedGrade,
                         String contact, Long sheetId, Long sheetVersion, SheetStatus status, String profileCode,
                         BigDecimal initialBudget, BigDecimal annualBudget, BigDecimal executed,
                         BigDecimal fundsWeight, BigDecimal fundsEnteredScore, String fundsPrintedRate,
                         String fundsDeviationNote, BigDecimal enteredTotal, BigDecimal enteredTotalWeight,
                         Integer profileVersion, SheetScoring.Scored score, List<Finding> summaryFindings) {

    public SummaryRow {
        summaryFindings = summaryFindings == null ? List.of() : List.copyOf(summaryFindings);
    }

    /** The row with its computed side; {@code score} is null for a project without a sheet. */
    SummaryRow scored(SheetScoring.Scored score, List<Finding> summaryFindings) {
        return new SummaryRow(projectId, departmentId, departmentName, fiscalYear, seq, code, usingOfficeName,
                summaryName, projectName, publishedFunds, publishedScore, publishedGrade, contact, sheetId,
                sheetVersion, status, profileCode, initialBudget, annualBudget, executed, fundsWeight,
                fundsEnteredScore, fundsPrintedRate, fundsDeviationNote, enteredTotal, enteredTotalWeight, profileVersion,
                score, summaryFindings);
    }

    /** What scoring needs of the sheet besides its tree; null without a sheet. */
    public SheetFigures figures() {
        return sheetId == null ? null : new SheetFigures(profileCode, profileVersion, fiscalYear, initialBudget,
                annualBudget,
                executed, fundsWeight, fundsEnteredScore, fundsPrintedRate, fundsDeviationNote, enteredTotal,
                enteredTotalWeight);
    }

    /** What a filed 汇总表 printed for this project; null where no report was imported. */
    public PublishedResult published() {
        return publishedScore == null ? null
                : new PublishedResult(displayName(), publishedFunds, publishedScore, publishedGrade);
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

    /** The sheet as scored; null without a sheet. */
    public SheetInput input() {
        return score == null ? null : score.input();
    }

    /** The sheet's result by the rules; null without a sheet. */
    public SheetResult result() {
        return score == null ? null : score.result();
    }

    /** Every finding of the sheet and of the row against its sheet. */
    public List<Finding> findings() {
        List<Finding> sheetFindings = score == null ? List.of() : score.result().findings();
        return Stream.concat(sheetFindings.stream(), summaryFindings.stream()).toList();
    }

    public int findingCount() {
        return (score == null ? 0 : score.result().findings().size()) + summaryFindings.size();
    }

    /** 执行率 B/A of the sheet's 年度资金总额, as the scoring rules compute it; null without a budget. */
    public BigDecimal executionRate() {
        return score == null ? null : score.result().funds().rate();
    }

    public BigDecimal computedTotal() {
        return score == null ? null : score.result().total();
    }

    public String computedGrade() {
        return score == null ? null : score.result().grade();
    }

    /** The computed total differs from the score the 汇总表 reports. */
    public boolean scoreDiffers() {
        BigDecimal reported = reportedScore();
        BigDecimal computed = computedTotal();
        return reported != null && computed != null && reported.compareTo(computed) != 0;
    }

    /**
     * The row formatted for the 汇总表 page, once in Java (a 500-project page evaluates far fewer template
     * expressions this way — rendering was over half of the page's time). Also the key under which
     * {@link SummaryRowsHtml} keeps the row's rendered HTML: everything the row shows, nothing else.
     */
    public Cells cells() {
        return new Cells(projectId, seq, usingOfficeName, displayName(),
                sheetId == null ? null : "/sheets/" + sheetId,
                Formats.money(funds()), Formats.money(initialBudget), Formats.money(annualBudget),
                Formats.money(executed), executionRate() == null ? "—" : Formats.percent(executionRate()),
                Formats.score(reportedScore()), publishedGrade, contact,
                computedTotal() == null ? "—" : Formats.score(computedTotal()), scoreDiffers(),
                computedGrade() == null ? "—" : computedGrade(), statusLabel(), findingCount());
    }

    /** See {@link #cells()}. */
    public record Cells(Long projectId, int seq, String office, String name, String sheetPath, String funds,
                        String initialBudget, String annualBudget, String executed, String rate, String score,
                        String grade, String contact, String computedScore, boolean computedDiffers,
                        String computedGrade, String status, int findingCount) {
    }
}
