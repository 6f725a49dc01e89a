package com.jixiao.sheet.workflow;

import com.jixiao.security.ScopeGuard;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The head's page for the department's 提交截止日期, one per fiscal year. */
@Controller
@RequiredArgsConstructor
class DeadlineController {

    private final SubmissionDeadlines deadlines;
    private final ScopeGuard guard;

    @GetMapping("/deadlines")
    String page(Model model) {
        return render(model, ownDepartment(), null, null, null);
    }

    @PostMapping("/deadlines/{year}")
    String set(@PathVariable int year, @RequestParam(required = false) String dueDate, Model model,
               RedirectAttributes redirect, HttpServletResponse response) {
        Long departmentId = ownDepartment();
        try {
            LocalDate due = deadlines.set(departmentId, year, dueDate);
            redirect.addFlashAttribute("message", year + "年度的提交截止日期已设为 " + due + "。");
            return "redirect:/deadlines";
        } catch (SubmissionDeadlines.InvalidDeadlineException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            return render(model, departmentId, year, dueDate, e.getMessage());
        }
    }

    private String render(Model model, Long departmentId, Integer errorYear, String typed, String error) {
        model.addAttribute("deadlines", deadlines.ofDepartment(departmentId));
        model.addAttribute("today", LocalDate.now());
        model.addAttribute("errorYear", errorYear);
        model.addAttribute("typed", typed);
        model.addAttribute("error", error);
        return "sheet/deadlines";
    }

    private Long ownDepartment() {
        return HeadOnly.ownDepartment(guard, "只有部门负责人可以设置提交截止日期。");
    }
}
