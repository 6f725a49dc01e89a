package com.jixiao.department;

import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
@RequiredArgsConstructor
class HomeController {

    private final DepartmentService departments;

    @GetMapping("/")
    String home(Model model) {
        model.addAttribute("departmentYears", departments.departmentYears());
        return "home";
    }
}
