/**
 * The JSON scoring API ({@code /api/v1/score}): scores a posted 自评表 without storing it.
 *
 * <p>A web adapter over {@code scoring}, with {@code common}'s input bounds; nothing depends on it.
 */
@ApplicationModule(displayName = "Scoring API", allowedDependencies = {"scoring", "common"})
package com.jixiao.api;

import org.springframework.modulith.ApplicationModule;
