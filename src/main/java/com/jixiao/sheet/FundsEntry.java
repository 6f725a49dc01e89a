package com.jixiao.sheet;

import java.math.BigDecimal;
import java.util.Map;

/**
 * The funds block as entered or printed: the 预算执行率 row's 分值, 得分, printed 执行率 and 偏差原因分析, and the amounts
 * of each funds row. A row not in {@code lines} is empty.
 */
public record FundsEntry(BigDecimal weight, BigDecimal enteredScore, String printedRate, String deviationNote,
                         Map<FundsLineKind, Amounts> lines) {

    public FundsEntry {
        lines = Map.copyOf(lines);
    }

    /** 年初预算数, 全年预算数 (A), 全年执行数 (B) in 万元, and the 执行率 a report printed on the row. */
    public record Amounts(BigDecimal initialBudget, BigDecimal annualBudget, BigDecimal executed, String printedRate) {
    }
}
