package com.jixiao.sheet.workflow;

import com.jixiao.security.ScopeGuard;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The head's 批量审核 page: filter the department's submitted sheets, tick several, approve them in one step. */
@Controller
@RequiredArgsConstructor
class BulkReviewController {

    private final BulkReview bulk;
    private final ScopeGuard guard;

    @GetMapping("/reviews")
    String page(@RequestParam(required = false) String year, @RequestParam(required = false) String grade,
                @RequestParam(required = false) String findings, @RequestParam(required = false) String office,
                Model model) {
        Long departmentId = ownDepartment();
        BulkReview.Filter filter = new BulkReview.Filter(number(year) == null ? null : number(year).intValue(),
                grade, findings, number(office));
        List<BulkReview.Line> lines = bulk.submitted(departmentId, filter);
        model.addAttribute("lines", lines);
        model.addAttribute("filter", filter);
        model.addAttribute("offices", bulk.offices(departmentId));
        model.addAttribute("years", bulk.submitted(departmentId, new BulkReview.Filter(null, null, null, null))
                .stream().map(BulkReview.Line::fiscalYear).distinct().toList());
        model.addAttribute("grades", List.of("优", "良", "中", "差"));
        return "sheet/bulk-review";
    }

    /** @param sheet the ticked sheets as {@code id:version} */
    @PostMapping("/reviews/approve")
    String approve(@RequestParam(name = "sheet", required = false) List<String> sheet, RedirectAttributes redirect) {
        Long departmentId = ownDepartment();
        Map<Long, Long> choices = new LinkedHashMap<>();
        for (String value : sheet == null ? List.<String>of() : sheet) {
            String[] parts = value.split(":");
            if (parts.length == 2 && parts[0].matches("\\d{1,18}") && parts[1].matches("\\d{1,18}")) {
                choices.put(Long.valueOf(parts[0]), Long.valueOf(parts[1]));
            }
        }
        if (choices.isEmpty()) {
            redirect.addFlashAttribute("error", "请先勾选要通过的自评表。");
            return "redirect:/reviews";
        }
        Map<Long, String> names = bulk.submitted(departmentId, new BulkReview.Filter(null, null, null, null)).stream()
                .collect(Collectors.toMap(BulkReview.Line::sheetId, BulkReview.Line::projectName, (a, b) -> a));
        BulkReview.Outcome outcome = bulk.approve(choices, names);
        redirect.addFlashAttribute("message", "已通过 " + outcome.approved().size() + " 张自评表。");
        redirect.addFlashAttribute("skipped", outcome.skipped());
        return "redirect:/reviews";
    }

    private static Long number(String text) {
        return text != null && text.matches("\\d{1,9}") ? Long.valueOf(text) : null;
    }

    private Long ownDepartment() {
        return HeadOnly.ownDepartment(guard, "只有部门负责人可以批量审核。");
    }
}
