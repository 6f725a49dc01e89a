package com.jixiao.scoring;

import java.math.BigDecimal;
import java.util.List;

/**
 * One 自评表 as the officer filled it in. Everything may be missing (a draft is scored too); missing parts
 * become findings, never exceptions. A null list is read as empty.
 *
 * @param enteredTotal       the printed 总分 得分
 * @param enteredTotalWeight the printed 总分 分值 (should be 100)
 * @param enteredGrade       the printed grade, either naming style (优 or 优秀)
 * @param fiscalYear         the year of the sheet; dates written without a year (12月底前) fall in it
 */
public record SheetInput(
        FundsInput funds,
        List<Level1Input> level1,
        BigDecimal enteredTotal,
        BigDecimal enteredTotalWeight,
        String enteredGrade,
        int fiscalYear) {

    public SheetInput {
        level1 = level1 == null ? List.of() : List.copyOf(level1);
    }

    /**
     * The 项目资金 block; amounts in 万元.
     *
     * @param annualBudget       A, 全年预算数 (the adjusted budget, including 上年结转)
     * @param executed           B, 全年执行数
     * @param enteredRatePercent the printed 执行率 in percent (74.38 for 74.38%); its scale is the printed precision
     * @param fundsDeviationNote the reason given for a low execution rate
     */
    public record FundsInput(
            BigDecimal initialBudget,
            BigDecimal annualBudget,
            BigDecimal executed,
            BigDecimal weight,
            BigDecimal enteredScore,
            BigDecimal enteredRatePercent,
            String fundsDeviationNote) {

        /** Without a printed rate. */
        public FundsInput(BigDecimal initialBudget, BigDecimal annualBudget, BigDecimal executed, BigDecimal weight,
                          BigDecimal enteredScore, String fundsDeviationNote) {
            this(initialBudget, annualBudget, executed, weight, enteredScore, null, fundsDeviationNote);
        }
    }

    /** A 一级指标 with its printed weight ("产出指标 50分") and its rows. */
    public record Level1Input(String name, BigDecimal weight, List<IndicatorInput> rows) {
        public Level1Input {
            rows = rows == null ? List.of() : List.copyOf(rows);
        }
    }

    /**
     * One 三级指标 row.
     *
     * @param answer the officer's answer for a qualitative row, null when not chosen
     */
    public record IndicatorInput(
            String level2,
            String level3,
            String target,
            String actual,
            BigDecimal weight,
            BigDecimal enteredScore,
            String deviationNote,
            QualitativeAnswer answer) {
    }
}
