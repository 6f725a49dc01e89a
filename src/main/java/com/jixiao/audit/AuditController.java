package com.jixiao.audit;

import com.jixiao.security.ScopeGuard;
import java.time.LocalDate;
import lombok.RequiredArgsConstructor;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The auditors' page of the trail (access by URL: auditors and administrators, see SecurityConfig). */
@Controller
@RequiredArgsConstructor
class AuditController {

    private final AuditQueries queries;
    private final AuditVerifier verifier;
    private final ScopeGuard guard;

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

    /** The whole chain, every department's events counted: not for an auditor of chosen departments. */
    @GetMapping("/audit/verify")
    String verify(Model model) {
        guard.checkCanVerifyAuditTrail();
        model.addAttribute("verification", verifier.verify());
        return "audit/verify";
    }

    @RestController
    @RequiredArgsConstructor
    static class Api {

        private final AuditVerifier verifier;
        private final ScopeGuard guard;

        @GetMapping("/api/v1/audit/verify")
        AuditVerifier.Result verify() {
            guard.checkCanVerifyAuditTrail();
            return verifier.verify();
        }
    }
}
