package com.jixiao.department;

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

/** Department and office maintenance: list, search, create, edit. Post-redirect-get on success. */
@Controller
@RequiredArgsConstructor
class DepartmentAdminController {

    private final DepartmentAdminService service;
    private final ScopeGuard guard;

    @InitBinder
    void binder(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    @GetMapping("/departments")
    String list(@RequestParam(defaultValue = "") String q, Model model) {
        model.addAttribute("q", q);
        model.addAttribute("rows", service.search(q));
        return "department/list";
    }

    /** Administrators only: everyone else gets 403 here rather than a form that would lose its input. */
    @GetMapping("/departments/new")
    String createForm(Model model) {
        guard.checkIsAdministrator();
        model.addAttribute("form", new DepartmentForm());
        return "department/form";
    }

    @PostMapping("/departments")
    String create(@Valid @ModelAttribute("form") DepartmentForm form, BindingResult errors) {
        guard.checkIsAdministrator();
        if (errors.hasErrors()) {
            return "department/form";
        }
        try {
            return "redirect:/departments/" + service.create(form) + "?saved";
        } catch (RejectedFieldException e) {
            errors.rejectValue(e.field(), "duplicate", e.getMessage());
        } catch (DataIntegrityViolationException e) {
            // Someone created the same name between our check and the insert.
            errors.rejectValue("name", "duplicate", "已有同名的预算部门");
        }
        return "department/form";
    }

    /** The department with its offices; the forms on it only for those who may save them (see the template). */
    @GetMapping("/departments/{id}")
    String editForm(@PathVariable Long id, Model model) {
        Department department = service.load(id);
        model.addAttribute("form", DepartmentForm.of(department));
        return showDepartment(id, model);
    }

    /** As every post here: the right to save is checked before the input, so a refusal never costs typed input. */
    @PostMapping("/departments/{id}")
    String update(@PathVariable Long id, @Valid @ModelAttribute("form") DepartmentForm form, BindingResult errors,
                  Model model) {
        service.load(id);
        guard.checkIsAdministrator();
        if (!errors.hasErrors()) {
            try {
                service.update(id, form);
                return "redirect:/departments/" + id + "?saved";
            } catch (RejectedFieldException e) {
                errors.rejectValue(e.field(), "duplicate", e.getMessage());
            } catch (StaleEditException | ObjectOptimisticLockingFailureException e) {
                errors.reject("stale", "该部门已被他人修改，当前显示的是您的输入；请刷新页面查看最新内容后再保存。");
            } catch (DataIntegrityViolationException e) {
                errors.rejectValue("name", "duplicate", "已有同名的预算部门");
            }
        }
        return showDepartment(id, model);
    }

    @PostMapping("/departments/{id}/offices")
    String addOffice(@PathVariable Long id, @Valid @ModelAttribute("officeForm") OfficeForm officeForm,
                     BindingResult errors, Model model) {
        guard.checkCanManage(service.load(id).getId());
        if (!errors.hasErrors()) {
            try {
                service.addOffice(id, officeForm);
                return "redirect:/departments/" + id + "?officeAdded";
            } catch (RejectedFieldException e) {
                errors.rejectValue(e.field(), "duplicate", e.getMessage());
            } catch (DataIntegrityViolationException e) {
                errors.rejectValue("name", "duplicate", "本部门已有同名科室");
            }
        }
        model.addAttribute("form", DepartmentForm.of(service.load(id)));
        return showDepartment(id, model);
    }

    /** Renaming is this page's only purpose: those who may not rename get 403 and no link leads here. */
    @GetMapping("/offices/{id}")
    String officeForm(@PathVariable Long id, Model model) {
        Office office = manageableOffice(id);
        OfficeForm form = new OfficeForm();
        form.setName(office.getName());
        model.addAttribute("office", office);
        model.addAttribute("officeForm", form);
        return "department/office";
    }

    @PostMapping("/offices/{id}")
    String renameOffice(@PathVariable Long id, @Valid @ModelAttribute("officeForm") OfficeForm officeForm,
                        BindingResult errors, Model model) {
        manageableOffice(id);
        if (!errors.hasErrors()) {
            try {
                return "redirect:/departments/" + service.renameOffice(id, officeForm) + "?officeSaved";
            } catch (RejectedFieldException e) {
                errors.rejectValue(e.field(), "duplicate", e.getMessage());
            } catch (DataIntegrityViolationException e) {
                errors.rejectValue("name", "duplicate", "本部门已有同名科室");
            }
        }
        model.addAttribute("office", office(id));
        return "department/office";
    }

    private Office office(Long id) {
        return service.loadOffice(id);
    }

    private Office manageableOffice(Long id) {
        Office office = office(id);
        guard.checkCanManage(office.getDepartment().getId());
        return office;
    }

    private String showDepartment(Long id, Model model) {
        model.addAttribute("department", service.load(id));
        model.addAttribute("offices", service.offices(id));
        if (!model.containsAttribute("officeForm")) {
            model.addAttribute("officeForm", new OfficeForm());
        }
        return "department/form";
    }
}
