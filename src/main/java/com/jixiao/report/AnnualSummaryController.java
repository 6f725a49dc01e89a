package com.jixiao.report;

import com.jixiao.department.Department;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Auditors' view: every project of a year, over all departments in scope or one of them. */
@Controller
@RequiredArgsConstructor
class AnnualSummaryController {

    private final SummaryService summaries;

    /**
     * {@code /summary?year=2021&department=all|{id}&sort=score,desc}. Without a year, the newest
     * year that has projects; a year that is not a number answers 404 like any unknown record.
     */
    @GetMapping("/summary")
    String annual(@RequestParam(required = false) Integer year,
                  @RequestParam(required = false, defaultValue = "all") String department,
                  @RequestParam(required = false) String sort, Model model) {
        List<Integer> years = summaries.years();
        int fiscalYear = year != null ? year : years.isEmpty() ? 0 : years.get(0);
        List<Department> chosen = summaries.departmentsOf(department);
        SummarySort order = SummarySort.parse(sort);
        List<SummaryLine> lines = summaries.annual(fiscalYear, chosen.stream().map(Department::getId).toList());
        Department single = "all".equals(department) || chosen.size() != 1 ? null : chosen.get(0);
        model.addAttribute("page", new AnnualSummary(fiscalYear, single, summaries.departmentsInScope(), years,
                order.apply(lines), com.jixiao.scoring.RuleProfile.nationalDefault().gradeNames(), order));
        return "report/annual";
    }
}
