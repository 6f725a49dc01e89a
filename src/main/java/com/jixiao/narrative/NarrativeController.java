package com.jixiao.narrative;

import jakarta.servlet.http.HttpServletResponse;
import lombok.RequiredArgsConstructor;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The department's 自评报告: the page (current text, history, attachments), the editor, older versions, and the
 * head's 已提交. Printing and the PDF are the department report's print pages (report/print), which show this text
 * followed by the 汇总表 and every 附1.
 */
@Controller
@RequiredArgsConstructor
class NarrativeController {

    private static final String BASE = "/departments/{departmentId}/years/{year}/report";

    private final NarrativeService narratives;

    @InitBinder("form")
    void binder(WebDataBinder binder) {
        binder.setAllowedFields("title", "headings", "bodies", "lockVersion");
        binder.setAutoGrowCollectionLimit(NarrativeService.SECTIONS_MAX * 2);
    }

    @GetMapping(BASE)
    String report(@PathVariable Long departmentId, @PathVariable int year, Model model) {
        model.addAttribute("page", narratives.page(departmentId, year));
        return "narrative/report";
    }

    @GetMapping(BASE + "/edit")
    String edit(@PathVariable Long departmentId, @PathVariable int year,
                @RequestParam(defaultValue = "false") boolean redraft, Model model) {
        NarrativeService.EditorPage editor = narratives.editor(departmentId, year, redraft);
        model.addAttribute("page", editor.page());
        model.addAttribute("form", editor.form());
        model.addAttribute("redrafted", redraft);
        return "narrative/edit";
    }

    @PostMapping(BASE + "/edit")
    String save(@PathVariable Long departmentId, @PathVariable int year, @ModelAttribute("form") NarrativeForm form,
                Model model, RedirectAttributes redirect, HttpServletResponse response) {
        try {
            int number = narratives.save(departmentId, year, form);
            redirect.addFlashAttribute("message", "已保存为第 " + number + " 版。");
            return "redirect:/departments/" + departmentId + "/years/" + year + "/report";
        } catch (NarrativeInputException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("errors", e.errors());
        } catch (NarrativeConflictException | OptimisticLockingFailureException | DataIntegrityViolationException e) {
            // Two saves of one version (or two first saves of a year): the later one keeps its text and is told.
            response.setStatus(HttpStatus.CONFLICT.value());
            model.addAttribute("conflict", true);
        } catch (NarrativeStateException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            model.addAttribute("stateError", e.getMessage());
        }
        model.addAttribute("page", narratives.page(departmentId, year));
        model.addAttribute("form", form);
        model.addAttribute("redrafted", false);
        return "narrative/edit";
    }

    @GetMapping(BASE + "/versions/{number}")
    String version(@PathVariable Long departmentId, @PathVariable int year, @PathVariable int number, Model model) {
        NarrativeService.VersionPage page = narratives.version(departmentId, year, number);
        model.addAttribute("page", page.page());
        model.addAttribute("version", page.version());
        return "narrative/version";
    }

    @PostMapping(BASE + "/submit")
    String submit(@PathVariable Long departmentId, @PathVariable int year,
                  @RequestParam(required = false) String lockVersion, RedirectAttributes redirect) {
        return stateChange(departmentId, year, redirect, "自评报告已标记为已提交。",
                () -> narratives.submit(departmentId, year, NarrativeForm.parseVersion(lockVersion)));
    }

    @PostMapping(BASE + "/reopen")
    String reopen(@PathVariable Long departmentId, @PathVariable int year,
                  @RequestParam(required = false) String lockVersion, RedirectAttributes redirect) {
        return stateChange(departmentId, year, redirect, "已撤回提交，自评报告可以继续修改。",
                () -> narratives.reopen(departmentId, year, NarrativeForm.parseVersion(lockVersion)));
    }

    private static String stateChange(Long departmentId, int year, RedirectAttributes redirect, String success,
                                      Runnable change) {
        try {
            change.run();
            redirect.addFlashAttribute("message", success);
        } catch (NarrativeStateException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        } catch (NarrativeConflictException | OptimisticLockingFailureException e) {
            redirect.addFlashAttribute("error", "自评报告刚被他人修改，请查看最新内容后再操作。");
        }
        return "redirect:/departments/" + departmentId + "/years/" + year + "/report";
    }

    /** For the editor's hint: the longest section the server accepts. */
    @ModelAttribute("bodyMax")
    int bodyMax() {
        return NarrativeService.BODY_MAX;
    }
}
