package com.jixiao.sheet;

import com.jixiao.sheet.workflow.SheetWorkflow;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

@Controller
@RequiredArgsConstructor
class SheetController {

    private final SheetService sheets;
    private final SheetWorkflow workflow;

    @GetMapping("/sheets/{sheetId}")
    String show(@PathVariable Long sheetId, Model model) {
        model.addAttribute("page", sheets.page(sheetId));
        model.addAttribute("workflow", workflow.panel(sheetId));
        return "sheet/sheet";
    }
}
