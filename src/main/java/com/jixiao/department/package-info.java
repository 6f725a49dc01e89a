/**
 * 预算部门 and their 科室: the records, their maintenance pages, and the department-years a user may open.
 *
 * <p>Uses {@code security} (scope checks by department id), {@code audit} and {@code common}; knows nothing of
 * projects or sheets.
 */
@ApplicationModule(displayName = "Departments", allowedDependencies = {"security", "audit", "common"})
package com.jixiao.department;

import org.springframework.modulith.ApplicationModule;
