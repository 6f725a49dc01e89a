package com.jixiao.scoring;

import java.math.BigDecimal;

/**
 * One row of the department's 汇总表 as printed.
 *
 * @param funds the 资金 column, which is the sheet's 全年执行数 (万元)
 * @param score the 自评得分 column
 * @param grade the 自评等级 column, either naming style
 */
public record SummaryRow(String projectName, BigDecimal funds, BigDecimal score, String grade) {
}
