/**
 * 附1 import from .xlsx and .docx: recognises the layouts units publish by their header texts, reads every cell it can
 * (and names every one it cannot), previews the scores, and on confirmation creates or updates the department's
 * projects and draft sheets in one transaction through the editor's own save.
 *
 * <p>Untrusted files: size, unpacked size and zip entries are limited before POI opens them ({@link
 * com.jixiao.imports.ImportLimits}); no external XML entity is resolved.
 */
@ApplicationModule(displayName = "附1 import", allowedDependencies = {"audit", "common", "department", "project",
        "rules", "scoring", "security", "sheet", "sheet :: editor"})
package com.jixiao.imports;

import org.springframework.modulith.ApplicationModule;
