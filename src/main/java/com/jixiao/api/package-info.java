/**
 * The JSON API v1 for other systems (HTTP Basic, scoped like the pages): {@code /api/v1/score} scores a posted 自评表
 * without storing it (by the newest version of a named rule profile); {@code /api/v1/rule-profiles} lists the rule
 * profiles and lets administrators add a version; {@code /api/v1/projects}, {@code /api/v1/sheets/{id}} (with its version for optimistic locking),
 * {@code /api/v1/sheets/{id}/submit} and {@code /api/v1/imports/preview} go through the same services, rules and
 * audit as the pages (the editor's save, the workflow, the 附1 reader).
 *
 * <p>A web adapter at the edge; nothing depends on it.
 */
@ApplicationModule(displayName = "JSON API v1", allowedDependencies = {"scoring", "common", "department", "project",
        "sheet", "sheet :: editor", "sheet :: workflow", "imports", "rules"})
package com.jixiao.api;

import org.springframework.modulith.ApplicationModule;
