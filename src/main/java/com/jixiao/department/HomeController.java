package com.jixiao.department;

import com.jixiao.sheet.workflow.TodoList;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
@RequiredArgsConstructor
class HomeController {

    private final DepartmentService departments;
    private final TodoList todos;

    @GetMapping("/")
    String home(Model model) {
        model.addAttribute("departmentYears", departments.departmentYears());
        model.addAttribute("todos", todos.forCurrentUser());
        return "home";
    }
}
