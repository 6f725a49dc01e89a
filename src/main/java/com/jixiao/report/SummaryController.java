package com.jixiao.report;

import com.jixiao.report.form.SummaryForm;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
@RequiredArgsConstructor
class SummaryController {

    private final SummaryService summaries;
    private final SummaryRowsHtml rowsHtml;

    @GetMapping("/departments/{departmentId}/years/{year}/summary")
    String summary(@PathVariable Long departmentId, @PathVariable int year,
                   @RequestParam(required = false) String sort, Model model, HttpServletRequest request,
                   HttpServletResponse response) {
        SummaryPage page = summaries.summary(departmentId, year, SummarySort.parse(sort));
        model.addAttribute("page", page);
        model.addAttribute("rowsHtml", rowsHtml.render(page, request, response));
        // What Ctrl+P prints: the official form in 序号 order, whatever order the working table is sorted in.
        model.addAttribute("officialFormHtml", rowsHtml.officialForm(departmentId, year,
                SummaryForm.of(page.sortedBy(SummarySort.DEFAULT)), request, response));
        return "report/summary";
    }

    /** 稽核: every finding of the department-year, per project. */
    @GetMapping("/departments/{departmentId}/years/{year}/findings")
    String findings(@PathVariable Long departmentId, @PathVariable int year, Model model) {
        model.addAttribute("page", summaries.summary(departmentId, year));
        return "report/findings";
    }
}
