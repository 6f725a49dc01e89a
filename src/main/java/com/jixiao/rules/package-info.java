/**
 * Rules as data: rule profiles (评分规则) and weight templates (评价模板) stored in PostgreSQL, versioned — an edit
 * adds a version and never changes one — with their administration pages (administrators only), the department/year
 * defaults, and the rules help page every user reads from a sheet.
 *
 * <p>Maps stored rows to the scoring core's records ({@link com.jixiao.scoring.RuleProfile},
 * {@link com.jixiao.scoring.WeightTemplate}); the core itself stays plain Java. Uses {@code scoring},
 * {@code security} (who edits), {@code audit} (every change recorded), {@code department} (defaults per department)
 * and {@code common}. {@code sheet} and {@code api} use it.
 */
@ApplicationModule(displayName = "Rule profiles and weight templates",
        allowedDependencies = {"scoring", "security", "audit", "department", "common"})
package com.jixiao.rules;

import org.springframework.modulith.ApplicationModule;
