/**
 * User administration (administrators only): creating and editing users, their role and departments, unlocking
 * locked accounts, every change audited.
 *
 * <p>Above {@code security} and {@code department} because it joins the two (a user's department is chosen from the
 * departments); uses {@code audit} and {@code common} too. Nothing depends on it.
 */
@ApplicationModule(displayName = "User administration",
        allowedDependencies = {"security", "department", "audit", "common"})
package com.jixiao.useradmin;

import org.springframework.modulith.ApplicationModule;
