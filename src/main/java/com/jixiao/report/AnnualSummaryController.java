package com.jixiao.report;

import com.jixiao.department.Department;
import com.jixiao.scoring.RuleProfile;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Auditors' view: every project of a year, over all departments in scope or one of them. */
@Controller
class AnnualSummaryController {

    private final SummaryService summaries;
    private final int listLimit;

    /**
     * @param listLimit the most projects listed one by one. A province's 50,000 projects made a 51 MB
     *                  page that took 30 s and 850 MB of heap to render (issue 7); above the limit the
     *                  view sums per department instead, and the exports carry every project.
     */
    AnnualSummaryController(SummaryService summaries,
                            SummaryProperties settings) {
        this.summaries = summaries;
        this.listLimit = settings.annualListLimit();
    }

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
        List<Long> ids = chosen.stream().map(Department::getId).toList();
        Department single = "all".equals(department) || chosen.size() != 1 ? null : chosen.get(0);
        long projects = summaries.countAnnual(fiscalYear, ids);
        if (projects > listLimit) {
            model.addAttribute("page", new AnnualOverview(fiscalYear, single, summaries.departmentsInScope(), years,
                    summaries.departmentTotals(fiscalYear, ids), projects, listLimit));
            return "report/annual-overview";
        }
        SummarySort order = SummarySort.parse(sort);
        List<SummaryRow> lines = summaries.annual(fiscalYear, ids);
        model.addAttribute("page", new AnnualSummary(fiscalYear, single, summaries.departmentsInScope(), years,
                order.apply(lines), summaries.annualUnsubmitted(fiscalYear, ids),
                RuleProfile.nationalDefault().gradeNames(), order));
        return "report/annual";
    }
}
