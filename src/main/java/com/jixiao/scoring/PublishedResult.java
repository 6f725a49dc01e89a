package com.jixiao.scoring;

import java.math.BigDecimal;

/**
 * What a department's filed 汇总表 printed for one project, checked against the project's sheet by
 * {@link SummaryCheck}.
 *
 * @param funds the 资金 column, which is the sheet's 全年执行数 (万元)
 * @param score the 自评得分 column
 * @param grade the 自评等级 column, either naming style
 */
public record PublishedResult(String projectName, BigDecimal funds, BigDecimal score, String grade) {
}
