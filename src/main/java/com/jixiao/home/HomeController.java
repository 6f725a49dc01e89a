package com.jixiao.home;

import com.jixiao.department.DepartmentService;
import com.jixiao.sheet.workflow.TodoList;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The start page: the department-years the user may open and their to-do list. It needs both {@code department} and
 * {@code sheet}, so it sits above them (when it lived in department, department and sheet depended on each other).
 */
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
