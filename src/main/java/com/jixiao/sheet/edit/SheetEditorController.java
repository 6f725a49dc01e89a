package com.jixiao.sheet.edit;

import com.jixiao.common.input.TextBounds;
import com.jixiao.sheet.SheetNotEditableException;
import com.jixiao.sheet.SheetService;
import com.jixiao.sheet.workflow.SheetWorkflow;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import com.jixiao.common.format.Times;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The 附1 editor: one form for the whole sheet. Row buttons (add, remove, move) post the form with an
 * {@code action} and get it back re-rendered, so everything works without JavaScript; with it,
 * static/js/sheet-editor.js posts to the preview endpoint as the officer types. A rejected save re-renders the
 * posted form, never the stored sheet, so no input is lost.
 */
@Controller
@RequiredArgsConstructor
class SheetEditorController {

    private final EditorService editor;
    private final SheetService sheets;
    private final SheetWorkflow workflow;
    private final MessageSource messages;
    private final AutosaveProperties autosave;
    private final Times times;

    @InitBinder("form")
    void binder(WebDataBinder binder) {
        // Room for the reader to report "too many rows" itself; indexes beyond this are refused as a bad request.
        binder.setAutoGrowCollectionLimit(TextBounds.ROWS_MAX * 2);
    }

    @GetMapping("/sheets/{id}/edit")
    String edit(@PathVariable Long id, @RequestParam Map<String, String> params, Model model) {
        EditorService.Opened opened = editor.open(id);
        if (!opened.header().editable()) {
            return locked(id, model, params.containsKey("submitted")
                    ? "已提交送审。提交后的自评表不能再修改。" : lockedMessage(opened.header()));
        }
        SheetForm form = opened.form();
        BindingResult errors = new BeanPropertyBindingResult(form, "form");
        Evaluation evaluation = evaluate(opened.header(), form, errors);
        List<MissingItem> missing = params.containsKey("incomplete") ? opened.missing() : null;
        String notice = params.containsKey("incomplete") ? "草稿已保存，但还不能提交：请补全下列各项。"
                : params.containsKey("saved") ? "草稿已保存。" : null;
        return render(model, form, errors, new EditorView(opened.header(), evaluation, List.of(), missing, null, notice));
    }

    @PostMapping("/sheets/{id}/edit")
    String post(@PathVariable Long id, @ModelAttribute("form") SheetForm form, BindingResult errors,
                @RequestParam(defaultValue = "save") String action, Model model, HttpServletResponse response) {
        EditorHeader header = editor.header(id);
        if (!header.editable()) {
            response.setStatus(HttpStatus.CONFLICT.value());
            return locked(id, model, lockedMessage(header) + "您的输入未保存。");
        }
        // Whatever this answers with the form holds input that is not stored: autosave has something to save.
        model.addAttribute("unsaved", true);
        if (RowActions.apply(form, action)) {
            // Structure changed: indexes moved, so errors of the posted indexes no longer fit. Nothing is saved.
            BindingResult fresh = new BeanPropertyBindingResult(form, "form");
            return render(model, form, fresh, view(header, form, fresh, null, null, "已调整指标行，保存后生效。"));
        }
        ReadSheet read = SheetFormReader.read(form, errors);
        if (errors.hasErrors()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            return render(model, form, errors, view(header, read, errors, form, null, null,
                    "未保存：有 " + errors.getErrorCount() + " 处填写有误，请按提示修改。"));
        }
        boolean submit = "submit".equals(action);
        boolean submitted;
        try {
            submitted = editor.save(id, form, read, submit);
        } catch (SheetNotEditableException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            return locked(id, model, lockedMessage(editor.header(id)) + "您的输入未保存。");
        } catch (EditConflictException | ObjectOptimisticLockingFailureException e) {
            return conflict(id, form, model, response);
        }
        if (submitted) {
            return "redirect:/sheets/" + id + "/edit?submitted";
        }
        return "redirect:/sheets/" + id + "/edit?saved" + (submit ? "&incomplete" : "");
    }

    /** The computed side for the form as typed: scores, total, grade, findings, input errors. Saves nothing. */
    @PostMapping("/sheets/{id}/edit/preview")
    String preview(@PathVariable Long id, @ModelAttribute("form") SheetForm form, BindingResult errors, Model model) {
        EditorHeader header = editor.header(id);
        ReadSheet read = SheetFormReader.read(form, errors);
        model.addAttribute("v", view(header, read, errors, form, null, null, null));
        return "sheet/edit-preview :: preview";
    }

    /**
     * The editor's autosave (static/js/autosave.js), a JSON answer for the page to show in its status line. The same
     * reading, rules, optimistic lock and audit entry as 保存草稿; unlike it, bad input is answered with the list of
     * blocking fields (422, nothing saved) and a conflict with a message (409) that stops autosaving: the officer
     * then presses 保存草稿 and gets the conflict page, whose diff needs a whole page.
     */
    @PostMapping(path = "/sheets/{id}/edit/autosave", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    ResponseEntity<AutosaveAnswer> autosave(@PathVariable Long id, @ModelAttribute("form") SheetForm form,
                                            BindingResult errors) {
        EditorHeader header = editor.header(id);
        if (!header.editable()) {
            return AutosaveAnswer.refused(HttpStatus.CONFLICT, "locked",
                    "自动保存已停止：" + lockedMessage(header) + "您的输入仍在本页，未保存。");
        }
        ReadSheet read = SheetFormReader.read(form, errors);
        if (errors.hasErrors()) {
            return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT).body(new AutosaveAnswer("invalid",
                    "未自动保存：有 " + errors.getErrorCount() + " 处填写有误，请按提示修改。已输入的内容仍在本页。",
                    null, EditorView.inputErrors(errors, form, messages)));
        }
        EditorService.Autosaved saved;
        try {
            saved = editor.autosave(id, form, read);
        } catch (SheetNotEditableException e) {
            return AutosaveAnswer.refused(HttpStatus.CONFLICT, "locked",
                    "自动保存已停止：" + lockedMessage(editor.header(id)) + "您的输入仍在本页，未保存。");
        } catch (EditConflictException | ObjectOptimisticLockingFailureException e) {
            return AutosaveAnswer.refused(HttpStatus.CONFLICT, "conflict",
                    "自动保存已停止：在您编辑期间，其他人保存了这张表。您的输入仍在本页，未保存；"
                            + "请点“保存草稿”，核对双方的不同之处后再保存。");
        }
        String time = LocalTime.now(times.zone()).format(HOURS_MINUTES);
        return ResponseEntity.ok(new AutosaveAnswer(saved.changed() ? "saved" : "unchanged",
                saved.changed() ? "已自动保存 " + time : "内容没有改动，无需保存（" + time + " 检查）",
                saved.version(), List.of()));
    }

    private static final DateTimeFormatter HOURS_MINUTES = DateTimeFormatter.ofPattern("HH:mm");

    /**
     * What an autosave answers.
     *
     * @param status  saved, unchanged, invalid, conflict or locked (for the script; the message is for people)
     * @param version the version to send next; null when nothing was saved because of a refusal
     * @param errors  the fields that block saving, with the id of their input
     */
    record AutosaveAnswer(String status, String message, Long version, List<EditorView.InputError> errors) {

        static ResponseEntity<AutosaveAnswer> refused(HttpStatus httpStatus, String status, String message) {
            return ResponseEntity.status(httpStatus).body(new AutosaveAnswer(status, message, null, List.of()));
        }
    }

    /**
     * 409: someone saved first. The page shows their values beside the officer's and keeps the officer's input in
     * the form, set to the new version, so that saving again applies it knowingly.
     */
    private String conflict(Long id, SheetForm yours, Model model, HttpServletResponse response) {
        EditorService.Opened current = editor.open(id);
        if (!current.header().editable()) {
            response.setStatus(HttpStatus.CONFLICT.value());
            return locked(id, model, lockedMessage(current.header()) + "您的输入未保存。");
        }
        List<FieldChange> changes = ConflictDiff.diff(current.form(), yours);
        // Autosave waits until the officer has seen the differences and saved knowingly.
        model.addAttribute("autosaveOff", true);
        yours.setVersion(current.form().getVersion());
        response.setStatus(HttpStatus.CONFLICT.value());
        BindingResult fresh = new BeanPropertyBindingResult(yours, "form");
        ReadSheet read = SheetFormReader.read(yours, fresh);
        return render(model, yours, fresh, new EditorView(current.header(),
                SheetEvaluator.evaluate(read, current.header().fiscalYear(), current.header().profile()),
                List.of(), null, changes, null));
    }

    private String locked(Long id, Model model, String message) {
        model.addAttribute("page", sheets.page(id));
        model.addAttribute("workflow", workflow.panel(id));
        model.addAttribute("notice", message);
        return "sheet/sheet";
    }

    private static String lockedMessage(EditorHeader header) {
        return "该自评表" + header.status().label() + "，不能修改。";
    }

    private String render(Model model, SheetForm form, BindingResult errors, EditorView view) {
        model.addAttribute("autosaveSeconds", autosave.autosaveInterval().toSeconds());
        model.addAttribute("form", form);
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", errors);
        model.addAttribute("v", view);
        model.addAttribute("thread", workflow.thread(view.header().sheetId()));
        return "sheet/edit";
    }

    private Evaluation evaluate(EditorHeader header, SheetForm form, BindingResult errors) {
        return SheetEvaluator.evaluate(SheetFormReader.read(form, errors), header.fiscalYear(), header.profile());
    }

    private EditorView view(EditorHeader header, SheetForm form, BindingResult errors, List<MissingItem> missing,
                            List<FieldChange> conflict, String notice) {
        return new EditorView(header, evaluate(header, form, errors), List.of(), missing, conflict, notice);
    }

    private EditorView view(EditorHeader header, ReadSheet read, BindingResult errors, SheetForm form,
                            List<MissingItem> missing, List<FieldChange> conflict, String notice) {
        return new EditorView(header, SheetEvaluator.evaluate(read, header.fiscalYear(), header.profile()),
                EditorView.inputErrors(errors, form, messages), missing, conflict, notice);
    }

    // ------------------------------------------------------------------ new sheet

    /**
     * The project is loaded (and scope-checked) before its sheet is looked for: a project of another department
     * answers the same 404 as a missing one, never a redirect naming its sheet. A project that already has a sheet
     * opens it; only the department's 填报人 is offered the choice of how to create one.
     */
    @GetMapping("/projects/{projectId}/sheet/new")
    String newSheet(@PathVariable Long projectId, Model model) {
        var existing = editor.existingSheetOfVisibleProject(projectId);
        if (existing.isPresent()) {
            return "redirect:/sheets/" + existing.get() + (editor.canEditSheetsOf(projectId) ? "/edit" : "");
        }
        model.addAttribute("project", editor.projectForNewSheet(projectId));
        model.addAttribute("templates", editor.templates());
        model.addAttribute("predecessor", editor.predecessor(projectId).map(s -> new Predecessor(s.getId(),
                s.getProject().getName(), s.getProject().getCode(), s.getProject().getFiscalYear())).orElse(null));
        return "sheet/edit-new";
    }

    @PostMapping("/projects/{projectId}/sheet")
    String createSheet(@PathVariable Long projectId, @RequestParam(defaultValue = "template") String source,
                       @RequestParam(defaultValue = "default") String templateCode) {
        Long sheetId = "copy".equals(source) ? editor.copyFromLastYear(projectId)
                : editor.createFromTemplate(projectId, templateCode);
        return "redirect:/sheets/" + sheetId + "/edit";
    }

    /** Last year's sheet offered for copying. */
    record Predecessor(Long sheetId, String projectName, String projectCode, int fiscalYear) {
    }

    /**
     * The row buttons: add a row under a 二级, remove a row, move a row within its 二级 (up, down) or to the 二级 its
     * select names (move), and move a 二级 up or down within its 一级 (l2up, l2down, by the 二级's id).
     */
    static final class RowActions {

        private RowActions() {
        }

        /** @return whether {@code action} was a row action (applied if its target exists) */
        static boolean apply(SheetForm form, String action) {
            int colon = action.indexOf(':');
            if (colon < 0) {
                return false;
            }
            String verb = action.substring(0, colon);
            long arg;
            try {
                arg = Long.parseLong(action.substring(colon + 1));
            } catch (NumberFormatException e) {
                return true;
            }
            List<SheetForm.Row> rows = form.getRows();
            rows.removeIf(java.util.Objects::isNull);
            switch (verb) {
                case "add" -> {
                    if (form.getLevel2().stream().anyMatch(two -> two != null && Long.valueOf(arg).equals(two.getId()))) {
                        rows.add(new SheetForm.Row(arg));
                        sortByCategory(form);
                    }
                }
                case "remove" -> {
                    if (arg >= 0 && arg < rows.size()) {
                        rows.remove((int) arg);
                    }
                }
                case "move" -> {
                    // The row's 所属二级指标 select already carries its new category: it goes last under it.
                    if (arg >= 0 && arg < rows.size()) {
                        rows.add(rows.remove((int) arg));
                        sortByCategory(form);
                    }
                }
                case "l2up", "l2down" -> moveLevel2(form, arg, "l2up".equals(verb) ? -1 : 1);
                case "up", "down" -> {
                    int i = (int) Math.min(arg, Integer.MAX_VALUE);
                    int j = "up".equals(verb) ? i - 1 : i + 1;
                    if (i >= 0 && i < rows.size() && j >= 0 && j < rows.size()
                            && java.util.Objects.equals(rows.get(i).getLevel2Id(), rows.get(j).getLevel2Id())) {
                        rows.set(j, rows.set(i, rows.get(j)));
                    }
                }
                default -> {
                    return true;
                }
            }
            return true;
        }

        /** Swaps a 二级 with its neighbour in the same 一级 ({@code step} -1: up, 1: down); its rows follow it. */
        private static void moveLevel2(SheetForm form, long level2Id, int step) {
            List<SheetForm.Level2> level2 = form.getLevel2();
            level2.removeIf(java.util.Objects::isNull);
            int i = -1;
            for (int k = 0; k < level2.size(); k++) {
                if (Long.valueOf(level2Id).equals(level2.get(k).getId())) {
                    i = k;
                }
            }
            if (i < 0) {
                return;
            }
            for (int j = i + step; j >= 0 && j < level2.size(); j += step) {
                if (java.util.Objects.equals(level2.get(j).getLevel1Id(), level2.get(i).getLevel1Id())) {
                    level2.set(j, level2.set(i, level2.get(j)));
                    sortByCategory(form);
                    return;
                }
            }
        }

        /** Keeps the flat row list in page order (by 二级), stable within a category. */
        private static void sortByCategory(SheetForm form) {
            Map<Long, Integer> order = new HashMap<>();
            for (SheetForm.Level2 two : form.getLevel2()) {
                if (two != null && two.getId() != null) {
                    order.putIfAbsent(two.getId(), order.size());
                }
            }
            List<SheetForm.Row> sorted = new ArrayList<>(form.getRows());
            sorted.sort(Comparator.comparingInt(row -> order.getOrDefault(row.getLevel2Id(), Integer.MAX_VALUE)));
            form.getRows().clear();
            form.getRows().addAll(sorted);
        }
    }
}
