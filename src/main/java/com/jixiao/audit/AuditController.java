package com.jixiao.audit;

import com.jixiao.common.db.RuntimeRole;
import java.time.LocalDate;
import lombok.RequiredArgsConstructor;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.util.StringUtils;

/** The auditors' page of the trail (access by URL: auditors and administrators, see SecurityConfig). */
@Controller
@RequiredArgsConstructor
class AuditController {

    private final AuditQueries queries;
    private final AuditVerifier verifier;
    private final AuditKey key;
    private final RuntimeRole.RuntimeRoleCheck runtimeRole;
    private final AuditReaders readers;

    @GetMapping("/audit")
    String trail(@RequestParam(required = false) String username, @RequestParam(required = false) String action,
                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                 @RequestParam(defaultValue = "0") int page, Model model) {
        AuditQueries.Filter filter = new AuditQueries.Filter(username, action, from, to, page);
        model.addAttribute("filter", filter);
        model.addAttribute("result", queries.search(filter));
        model.addAttribute("actions", queries.actions());
        return "audit/trail";
    }

    /**
     * Verifies the chain; with {@code id} and {@code hash} (a head printed on an earlier report or
     * export) also that this event is still in the chain unchanged. The whole chain, every
     * department's events counted: not for an auditor of chosen departments.
     */
    @GetMapping("/audit/verify")
    String verify(@RequestParam(required = false) String id, @RequestParam(required = false) String hash,
                  Model model) {
        readers.checkCanVerify();
        AuditVerifier.PrintedHead printed = null;
        if (StringUtils.hasText(id) || StringUtils.hasText(hash)) {
            printed = printedHead(id, hash, model);
            model.addAttribute("printedId", id);
            model.addAttribute("printedHash", hash);
        }
        model.addAttribute("verification", verifier.verify(printed));
        model.addAttribute("keyFingerprint", key.fingerprint());
        model.addAttribute("runtimeRole", runtimeRole.status().describe());
        return "audit/verify";
    }

    private static AuditVerifier.PrintedHead printedHead(String id, String hash, Model model) {
        try {
            return AuditVerifier.PrintedHead.parse(id, hash);
        } catch (IllegalArgumentException e) {
            model.addAttribute("printedError", e.getMessage());
            return null;
        }
    }

    @RestController
    @RequiredArgsConstructor
    static class Api {

        private final AuditVerifier verifier;
        private final AuditReaders readers;

        @GetMapping("/api/v1/audit/verify")
        AuditVerifier.Result verify() {
            readers.checkCanVerify();
            return verifier.verify();
        }
    }
}
