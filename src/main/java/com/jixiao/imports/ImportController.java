package com.jixiao.imports;

import com.jixiao.department.RejectedFieldException;
import com.jixiao.project.ProjectLockedException;
import com.jixiao.sheet.edit.EditConflictException;
import com.jixiao.sheet.SheetNotEditableException;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The import pages: upload a 附1 file, check what was read, then save it as drafts or drop it. */
@Controller
@RequiredArgsConstructor
class ImportController {

    private final ImportService imports;
    private final ImportLimits limits;

    @GetMapping("/imports")
    String form(Model model) {
        model.addAttribute("maxSize", limits.maxFileSize().toMegabytes());
        return "imports/upload";
    }

    @PostMapping("/imports")
    String upload(@RequestParam(name = "file", required = false) MultipartFile file, Model model,
                  HttpServletResponse response) throws IOException {
        if (file == null || file.isEmpty()) {
            return refused(model, response, HttpStatus.UNPROCESSABLE_ENTITY, "请选择要导入的附1 文件（.xlsx 或 .docx）。");
        }
        if (file.getSize() > limits.maxFileSize().toBytes()) {
            return refused(model, response, HttpStatus.PAYLOAD_TOO_LARGE, limits.tooLargeMessage());
        }
        try {
            return "redirect:/imports/" + imports.stage(file.getOriginalFilename(), file.getBytes());
        } catch (NotAnAnnexException e) {
            return refused(model, response, HttpStatus.UNPROCESSABLE_ENTITY, e.getMessage());
        } catch (FileTooLargeException e) {
            return refused(model, response, HttpStatus.PAYLOAD_TOO_LARGE, e.getMessage());
        }
    }

    @GetMapping("/imports/{id}")
    String preview(@PathVariable UUID id, Model model) {
        model.addAttribute("preview", imports.preview(id));
        return "imports/preview";
    }

    @PostMapping("/imports/{id}/confirm")
    String confirm(@PathVariable UUID id, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        List<String> reasons;
        try {
            List<Long> saved = imports.confirm(id);
            redirect.addFlashAttribute("imported", saved.size());
            return "redirect:/imports/done";
        } catch (ImportRefusedException e) {
            reasons = e.reasons();
        } catch (RejectedFieldException | ProjectLockedException e) {
            reasons = List.of(e.getMessage());
        } catch (SheetNotEditableException | EditConflictException | ObjectOptimisticLockingFailureException e) {
            reasons = List.of("有自评表在导入期间被他人修改或提交，本次导入未保存任何内容，请刷新后重试。");
        }
        response.setStatus(HttpStatus.CONFLICT.value());
        model.addAttribute("preview", imports.preview(id));
        model.addAttribute("refusals", reasons);
        return "imports/preview";
    }

    @GetMapping("/imports/done")
    String done() {
        return "imports/done";
    }

    private String refused(Model model, HttpServletResponse response, HttpStatus status, String message) {
        response.setStatus(status.value());
        model.addAttribute("maxSize", limits.maxFileSize().toMegabytes());
        model.addAttribute("error", message);
        return "imports/upload";
    }
}
