package com.jixiao.project;

import com.jixiao.department.DepartmentAdminService;
import com.jixiao.department.RejectedFieldException;
import com.jixiao.department.StaleEditException;
import com.jixiao.security.ScopeGuard;
import jakarta.validation.Valid;
import lombok.RequiredArgsConstructor;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Project maintenance: list and search per fiscal year, create, edit. Post-redirect-get on success. */
@Controller
@RequiredArgsConstructor
class ProjectAdminController {

    private final ProjectAdminService service;
    private final DepartmentAdminService departments;
    private final ScopeGuard guard;

    @InitBinder
    void binder(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    /** {@code year} is text so that /projects?year=abc opens the default year instead of failing. */
    @GetMapping("/projects")
    String list(@RequestParam(required = false) String year, @RequestParam(required = false) String departmentId,
                @RequestParam(defaultValue = "") String q, Model model) {
        int y = parseOr(year, service.defaultYear());
        long d = parseOr(departmentId, 0);
        model.addAttribute("year", y);
        model.addAttribute("years", service.years());
        model.addAttribute("departmentId", d);
        model.addAttribute("departments", departments.all());
        model.addAttribute("q", q);
        model.addAttribute("rows", service.search(y, d, q));
        return "project/list";
    }

    /** Only for a role that may save it: an auditor gets 403 here rather than a form that would lose its input. */
    @GetMapping("/projects/new")
    String createForm(@RequestParam(required = false) String departmentId, @RequestParam(required = false) String year,
                      Model model) {
        guard.checkCanManageSomeDepartment();
        ProjectForm form = new ProjectForm();
        long d = parseOr(departmentId, 0);
        form.setDepartmentId(d == 0 ? null : d);
        form.setFiscalYear(String.valueOf(parseOr(year, service.defaultYear())));
        model.addAttribute("form", form);
        return showForm(null, model);
    }

    @PostMapping("/projects")
    String create(@Valid @ModelAttribute("form") ProjectForm form, BindingResult errors, Model model) {
        guard.checkCanManageSomeDepartment();
        if (!errors.hasErrors()) {
            try {
                return "redirect:/projects/" + service.create(form) + "?saved";
            } catch (RejectedFieldException e) {
                errors.rejectValue(e.field(), "rejected", e.getMessage());
            } catch (DataIntegrityViolationException e) {
                errors.rejectValue("code", "duplicate", "该项目编码在本年度已被使用");
            }
        }
        return showForm(null, model);
    }

    /** The edit form for those who may save it; the same page read-only for everyone else in scope. */
    @GetMapping("/projects/{id}")
    String editForm(@PathVariable Long id, Model model) {
        model.addAttribute("form", service.form(id));
        return showForm(id, model);
    }

    /** The right to save is checked before the input is, so that nobody fills in a form only to be refused. */
    @PostMapping("/projects/{id}")
    String update(@PathVariable Long id, @Valid @ModelAttribute("form") ProjectForm form, BindingResult errors,
                  Model model) {
        guard.checkCanManage(service.load(id).getDepartment().getId());
        if (!errors.hasErrors()) {
            try {
                service.update(id, form);
                return "redirect:/projects/" + id + "?saved";
            } catch (RejectedFieldException e) {
                errors.rejectValue(e.field(), "rejected", e.getMessage());
            } catch (ProjectLockedException e) {
                e.fields().forEach(field -> errors.rejectValue(field, "locked", e.getMessage()));
            } catch (StaleEditException | ObjectOptimisticLockingFailureException e) {
                errors.reject("stale", "该项目已被他人修改，当前显示的是您的输入；请刷新页面查看最新内容后再保存。");
            } catch (DataIntegrityViolationException e) {
                errors.rejectValue("code", "duplicate", "该项目编码在本年度已被使用");
            }
        }
        return showForm(id, model);
    }

    @PostMapping("/projects/{id}/delete")
    String delete(@PathVariable Long id, Model model) {
        Project project = service.load(id);
        int year = project.getFiscalYear();
        Long departmentId = project.getDepartment().getId();
        String refusal;
        try {
            service.delete(id);
            return "redirect:/projects?year=" + year + "&departmentId=" + departmentId + "&deleted";
        } catch (ProjectLockedException e) {
            refusal = e.getMessage();
        } catch (DataIntegrityViolationException e) {
            refusal = "该项目仍被自评报告等记录引用，不能删除。";
        }
        model.addAttribute("form", service.form(id));
        model.addAttribute("deleteError", refusal);
        return showForm(id, model);
    }

    private String showForm(Long id, Model model) {
        model.addAttribute("project", id == null ? null : service.load(id));
        model.addAttribute("sheetId", id == null ? null : service.sheetId(id).orElse(null));
        model.addAttribute("lockReason", id == null ? null : service.lockReason(id).orElse(null));
        model.addAttribute("departments", departments.all());
        model.addAttribute("offices", departments.allOffices());
        return "project/form";
    }

    private static int parseOr(String value, int fallback) {
        try {
            return value == null || value.isBlank() ? fallback : Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
