package com.jixiao.dashboard;

import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The dashboards: each page renders its tables on the server (for print and screen readers) and
 * names its JSON endpoint in a data- attribute; static/js/dashboard.js draws the charts from it (the
 * CSP allows no inline script). Page and JSON come from the same service call, so they show the same
 * numbers, and both answer 404 outside the user's scope.
 */
@Controller
@RequiredArgsConstructor
class DashboardController {

    private final DashboardService dashboards;

    @GetMapping("/dashboard/departments/{departmentId}/years/{year}")
    String department(@PathVariable Long departmentId, @PathVariable int year, Model model) {
        model.addAttribute("page", dashboards.department(departmentId, year));
        return "dashboard/department";
    }

    @GetMapping("/dashboard/departments/{departmentId}/years/{year}/data")
    @ResponseBody
    DepartmentDashboard departmentData(@PathVariable Long departmentId, @PathVariable int year) {
        return dashboards.department(departmentId, year);
    }

    /** {@code /dashboard/province?year=2025}; without a year, the newest year in scope. */
    @GetMapping("/dashboard/province")
    String province(@RequestParam(required = false) Integer year, Model model) {
        model.addAttribute("page", dashboards.province(year));
        return "dashboard/province";
    }

    @GetMapping("/dashboard/province/data")
    @ResponseBody
    ProvinceDashboard provinceData(@RequestParam(required = false) Integer year) {
        return dashboards.province(year);
    }
}
