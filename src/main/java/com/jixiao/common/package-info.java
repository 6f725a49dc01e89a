/**
 * Shared technical pieces every module may use: the embedded PostgreSQL and database roles ({@code db}), number and
 * time formats ({@code format}), input bounds ({@code input}), error pages and request filters ({@code web}).
 *
 * <p>An open module: its sub-packages are usable from anywhere. It must never learn about sheets, projects or users:
 * the only Jixiao module it uses is the plain-Java scoring core, for the one reading of full-width input
 * ({@code FullWidth}) and the one way a number is written back ({@code DecimalText}).
 */
@ApplicationModule(displayName = "Common (shared)", type = ApplicationModule.Type.OPEN, allowedDependencies = "scoring")
package com.jixiao.common;

import org.springframework.modulith.ApplicationModule;
