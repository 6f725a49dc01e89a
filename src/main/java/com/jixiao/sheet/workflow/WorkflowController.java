package com.jixiao.sheet.workflow;

import com.jixiao.sheet.SheetStateException;
import java.util.LinkedHashMap;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The review buttons of the sheet page: POST, then back to the sheet with a flash message. */
@Controller
@RequiredArgsConstructor
class WorkflowController {

    static final String REMARK = "remark-";

    private final SheetWorkflow workflow;

    @PostMapping("/sheets/{sheetId}/submit")
    String submit(@PathVariable Long sheetId, @RequestParam(required = false) Long version,
                  RedirectAttributes redirect) {
        return run(sheetId, redirect, "自评表已提交，等待部门负责人审核。", () -> workflow.submit(sheetId, version));
    }

    @PostMapping("/sheets/{sheetId}/approve")
    String approve(@PathVariable Long sheetId, @RequestParam(required = false) Long version,
                   RedirectAttributes redirect) {
        return run(sheetId, redirect, "自评表已审核通过。", () -> workflow.approve(sheetId, version));
    }

    /** Row remarks come as {@code remark-{indicatorId}} fields, one per 三级 row of the return form. */
    @PostMapping("/sheets/{sheetId}/return")
    String returnForRevision(@PathVariable Long sheetId, @RequestParam(required = false) Long version,
                             @RequestParam(required = false) String comment,
                             @RequestParam Map<String, String> params, RedirectAttributes redirect) {
        Map<Long, String> rowRemarks = new LinkedHashMap<>();
        params.forEach((name, value) -> {
            if (name.startsWith(REMARK) && name.substring(REMARK.length()).matches("\\d{1,18}")) {
                rowRemarks.put(Long.valueOf(name.substring(REMARK.length())), value);
            }
        });
        return run(sheetId, redirect, "自评表已退回填报人修改。",
                () -> workflow.returnForRevision(sheetId, version, comment, rowRemarks));
    }

    @PostMapping("/sheets/{sheetId}/reopen")
    String reopen(@PathVariable Long sheetId, @RequestParam(required = false) Long version,
                  @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        return run(sheetId, redirect, "自评表已重新打开，填报人可以修改。", () -> workflow.reopen(sheetId, version, reason));
    }

    private static String run(Long sheetId, RedirectAttributes redirect, String success, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("message", success);
        } catch (SheetStateException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        } catch (ObjectOptimisticLockingFailureException e) {
            redirect.addFlashAttribute("error", "该自评表刚被他人修改，请查看最新内容后再操作。");
        }
        return "redirect:/sheets/" + sheetId;
    }
}
