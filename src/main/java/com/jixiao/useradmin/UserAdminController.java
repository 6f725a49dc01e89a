package com.jixiao.useradmin;

import com.jixiao.security.Role;
import jakarta.validation.Valid;
import lombok.RequiredArgsConstructor;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
@RequestMapping("/admin/users")
@RequiredArgsConstructor
class UserAdminController {

    private final UserAdmin admin;

    @InitBinder("form")
    void binder(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    @ModelAttribute("roles")
    Role[] roles() {
        return Role.values();
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("users", admin.list());
        model.addAttribute("departments", admin.departments());
        model.addAttribute("lockedNames", admin.lockedNames());
        return "admin/users";
    }

    @GetMapping("/new")
    String createForm(Model model) {
        return form(model, new UserForm(), null);
    }

    @PostMapping("/new")
    String create(@Valid @ModelAttribute("form") UserForm form, BindingResult errors, Model model,
                  RedirectAttributes redirect) {
        Long id = admin.create(form, errors);
        if (id == null) {
            return form(model, form, null);
        }
        redirect.addFlashAttribute("message", "用户 " + form.getUsername() + " 已创建。");
        return "redirect:/admin/users";
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable Long id, Model model) {
        return form(model, UserForm.from(admin.get(id)), id);
    }

    @PostMapping("/{id}/edit")
    String update(@PathVariable Long id, @Valid @ModelAttribute("form") UserForm form, BindingResult errors,
                  Model model, RedirectAttributes redirect) {
        try {
            if (!admin.update(id, form, errors)) {
                return form(model, form, id);
            }
        } catch (ObjectOptimisticLockingFailureException e) {
            errors.reject("conflict", "该用户在您打开表单之后已被他人修改。请重新打开表单；您的输入如下，未保存。");
            return form(model, form, id);
        }
        redirect.addFlashAttribute("message", "用户 " + admin.get(id).getUsername() + " 已保存。");
        return "redirect:/admin/users";
    }

    @PostMapping("/{id}/unlock")
    String unlock(@PathVariable Long id, RedirectAttributes redirect) {
        admin.unlock(id);
        redirect.addFlashAttribute("message", "用户 " + admin.get(id).getUsername() + " 已解锁。");
        return "redirect:/admin/users";
    }

    private String form(Model model, UserForm form, Long id) {
        model.addAttribute("form", form);
        model.addAttribute("userId", id);
        model.addAttribute("departments", admin.departments());
        return "admin/user-form";
    }
}
