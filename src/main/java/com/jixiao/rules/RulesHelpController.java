package com.jixiao.rules;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * 评分规则说明 for every signed-in user: the settings of one profile version in words (linked from each sheet with
 * the version it is scored with) and a glossary of the row kinds. Rules are public knowledge: no scope check.
 */
@Controller
class RulesHelpController {

    private final RuleCatalog catalog;

    RulesHelpController(RuleCatalog catalog) {
        this.catalog = catalog;
    }

    @GetMapping("/help/rules")
    String national(Model model) {
        return page(model, catalog.newest(RuleCatalog.NATIONAL).orElseThrow());
    }

    @GetMapping("/help/rules/{code}/{version}")
    String version(@PathVariable String code, @PathVariable int version, Model model) {
        return page(model, catalog.profile(code, version));
    }

    private String page(Model model, com.jixiao.scoring.RuleProfile profile) {
        model.addAttribute("profile", profile);
        model.addAttribute("newest", catalog.newest(profile.code()).orElse(profile));
        return "rules/help";
    }
}
