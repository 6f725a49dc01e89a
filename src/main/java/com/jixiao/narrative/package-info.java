/**
 * The department's 自评报告 for a year (一、项目基本情况 … 五、自评结果应用): drafted from the year's figures, edited by
 * section, saved as versions with an optimistic lock, marked 已提交 by the head for the auditors.
 *
 * <p>It takes the year's figures through {@link com.jixiao.narrative.YearFiguresSource}, which the report module
 * implements, so that the report module (which prints the narrative with the 汇总表 and the 附1s) can depend on it and
 * not the other way round.
 */
@ApplicationModule(displayName = "自评报告 (narrative report)",
        allowedDependencies = {"audit", "common", "department", "project", "security"})
package com.jixiao.narrative;

import org.springframework.modulith.ApplicationModule;
