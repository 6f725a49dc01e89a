/**
 * Shared technical pieces every module may use: the embedded PostgreSQL and database roles ({@code db}), number and
 * time formats ({@code format}), input bounds ({@code input}), error pages and request filters ({@code web}).
 *
 * <p>An open module: its sub-packages are usable from anywhere. It depends on no other Jixiao module, so it must never
 * learn about sheets, projects or users.
 */
@ApplicationModule(displayName = "Common (shared)", type = ApplicationModule.Type.OPEN, allowedDependencies = {})
package com.jixiao.common;

import org.springframework.modulith.ApplicationModule;
