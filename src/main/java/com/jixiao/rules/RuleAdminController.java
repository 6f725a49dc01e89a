package com.jixiao.rules;

import com.jixiao.scoring.ReverseFormula;
import com.jixiao.scoring.RuleProfile;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 评分规则与评价模板 for administrators: list, view any version, edit (→ a new version), defaults. */
@Controller
@RequestMapping("/admin/rules")
class RuleAdminController {

    private final RuleCatalog catalog;
    private final RuleAdmin admin;

    RuleAdminController(RuleCatalog catalog, RuleAdmin admin) {
        this.catalog = catalog;
        this.admin = admin;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("profiles", catalog.profiles());
        model.addAttribute("templates", catalog.templates());
        model.addAttribute("defaults", catalog.defaults());
        model.addAttribute("departments", admin.departments());
        if (!model.containsAttribute("defaultForm")) {
            model.addAttribute("defaultForm", new DefaultForm());
        }
        return "rules/admin-list";
    }

    @GetMapping("/profiles/{code}")
    String profile(@PathVariable String code, Model model) {
        var versions = catalog.versions(code);
        if (versions.isEmpty()) {
            throw new UnknownProfileException(code);
        }
        model.addAttribute("versions", versions);
        return "rules/profile";
    }

    @GetMapping("/profiles/{code}/edit")
    String editProfile(@PathVariable String code, Model model) {
        return profileForm(model, code, ProfileForm.from(admin.newestProfile(code)));
    }

    @PostMapping("/profiles/{code}/edit")
    String saveProfile(@PathVariable String code, @ModelAttribute("form") ProfileForm form, BindingResult errors,
                       Model model, RedirectAttributes redirect) {
        try {
            RuleProfile saved = admin.editProfile(code, form, errors);
            if (saved == null) {
                return profileForm(model, code, form);
            }
            redirect.addFlashAttribute("message", "评分规则“" + saved.name() + "”已保存为第 " + saved.version()
                    + " 版。已提交和已通过的自评表仍按原版本计分。");
            return "redirect:/admin/rules/profiles/" + code;
        } catch (ConcurrentEditException e) {
            errors.reject("conflict", e.getMessage());
            return profileForm(model, code, form);
        }
    }

    private String profileForm(Model model, String code, ProfileForm form) {
        model.addAttribute("code", code);
        model.addAttribute("form", form);
        model.addAttribute("formulas", ReverseFormula.values());
        return "rules/profile-form";
    }

    @GetMapping("/templates/{code}")
    String template(@PathVariable String code, Model model) {
        var versions = catalog.templateVersions(code);
        if (versions.isEmpty()) {
            throw new com.jixiao.common.web.NotFoundException("没有评价模板“" + code + "”。");
        }
        model.addAttribute("versions", versions);
        return "rules/template";
    }

    @GetMapping("/templates/{code}/edit")
    String editTemplate(@PathVariable String code, Model model) {
        StoredTemplate t = admin.newestTemplate(code);
        return templateForm(model, code, TemplateForm.from(t.template(), t.version()));
    }

    @PostMapping("/templates/{code}/edit")
    String saveTemplate(@PathVariable String code, @ModelAttribute("form") TemplateForm form, BindingResult errors,
                        Model model, RedirectAttributes redirect) {
        try {
            Integer version = admin.editTemplate(code, form, errors);
            if (version == null) {
                return templateForm(model, code, form.padded());
            }
            redirect.addFlashAttribute("message", "评价模板已保存为第 " + version + " 版，之后新建的自评表按新版本建立。");
            return "redirect:/admin/rules/templates/" + code;
        } catch (ConcurrentEditException e) {
            errors.reject("conflict", e.getMessage());
            return templateForm(model, code, form.padded());
        }
    }

    private String templateForm(Model model, String code, TemplateForm form) {
        model.addAttribute("code", code);
        model.addAttribute("form", form);
        return "rules/template-form";
    }

    @PostMapping("/defaults")
    String setDefault(@ModelAttribute("defaultForm") DefaultForm form, BindingResult errors, Model model,
                      RedirectAttributes redirect) {
        if (!admin.setDefault(form, errors)) {
            return list(model);
        }
        redirect.addFlashAttribute("message", "默认评分规则已设置，之后新建的自评表按此规则计分。");
        return "redirect:/admin/rules";
    }

    @PostMapping("/defaults/{id}/delete")
    String deleteDefault(@PathVariable Long id, RedirectAttributes redirect) {
        admin.deleteDefault(id);
        redirect.addFlashAttribute("message", "默认评分规则设置已删除。");
        return "redirect:/admin/rules";
    }
}
