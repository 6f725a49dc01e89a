package com.jixiao.sheet;

import com.jixiao.sheet.workflow.SheetWorkflow;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
@RequiredArgsConstructor
class SheetController {

    private final SheetService sheets;
    private final SheetWorkflow workflow;
    private final SheetRescore rescore;

    @GetMapping("/sheets/{sheetId}")
    String show(@PathVariable Long sheetId, Model model) {
        SheetPage page = sheets.page(sheetId);
        model.addAttribute("page", page);
        model.addAttribute("workflow", workflow.panel(sheetId));
        model.addAttribute("newerProfile", rescore.newerVersion(page.sheet()).orElse(null));
        return "sheet/sheet";
    }

    /** What moving the draft to the newest rules would change, before anything changes. */
    @GetMapping("/sheets/{sheetId}/rescore")
    String rescoreDiff(@PathVariable Long sheetId, Model model) {
        model.addAttribute("diff", rescore.diff(sheetId));
        return "sheet/rescore";
    }

    @PostMapping("/sheets/{sheetId}/rescore")
    String rescore(@PathVariable Long sheetId, @RequestParam int toVersion, @RequestParam long sheetVersion,
                   Model model, RedirectAttributes redirect) {
        if (!rescore.rescore(sheetId, toVersion, sheetVersion)) {
            model.addAttribute("diff", rescore.diff(sheetId));
            model.addAttribute("stale", "自评表或评分规则在您查看差异之后有变动，请核对以下最新差异后再确认。");
            return "sheet/rescore";
        }
        redirect.addFlashAttribute("notice", "已改按第 " + toVersion + " 版评分规则计分。");
        return "redirect:/sheets/" + sheetId;
    }
}
