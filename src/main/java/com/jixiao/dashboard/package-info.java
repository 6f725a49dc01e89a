/**
 * Dashboards: a department's year at a glance (progress, grades, 执行率 against score, findings by kind, projects
 * needing attention, the year before) from the 汇总表's own figures, and the auditors' province view summed in the
 * database. Charts are drawn in the browser from JSON endpoints in the user's scope; every chart has a table.
 *
 * <p>A read-only web adapter at the edge: it reads through report and sheet, nothing depends on it.
 */
@ApplicationModule(displayName = "Dashboards",
        allowedDependencies = {"common", "department", "report", "scoring", "security", "sheet"})
package com.jixiao.dashboard;

import org.springframework.modulith.ApplicationModule;
