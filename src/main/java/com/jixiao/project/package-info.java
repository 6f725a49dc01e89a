/**
 * 项目 of a fiscal year: the records, their maintenance pages and search, and the lock of a project whose 自评表 is
 * submitted.
 *
 * <p>Uses {@code department}, {@code security}, {@code audit} and {@code common}. A sheet belongs to a project, so
 * project sits below {@code sheet}: what it shows of a project's sheet it asks through
 * {@link com.jixiao.project.SheetStates}, which {@code sheet} implements.
 */
@ApplicationModule(displayName = "Projects", allowedDependencies = {"department", "security", "audit", "common"})
package com.jixiao.project;

import org.springframework.modulith.ApplicationModule;
