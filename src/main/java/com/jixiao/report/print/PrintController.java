package com.jixiao.report.print;

import com.jixiao.audit.AuditVerifier;
import com.jixiao.audit.AuditAction;
import com.jixiao.report.DownloadAudit;
import com.jixiao.report.SummaryPage;
import com.jixiao.report.SummaryService;
import com.jixiao.sheet.SheetPage;
import com.jixiao.sheet.SheetService;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.util.UriUtils;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.ISpringTemplateEngine;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;

/**
 * Pages made for paper and their PDFs. The browser pages and the PDFs render the same templates
 * (report/print/*), so what a head prints from the browser and what the PDF shows cannot drift apart.
 */
@Controller
@RequiredArgsConstructor
class PrintController {

    private final SummaryService summaries;
    private final SheetService sheets;
    private final ISpringTemplateEngine templates;
    private final ApplicationContext applicationContext;
    private final PdfRenderer pdf;
    private final AuditVerifier auditHead;
    private final DownloadAudit audit;

    /** The department report: narrative 一、…四、, the 汇总表 (landscape) and every 自评表. */
    @GetMapping("/departments/{departmentId}/years/{year}/report/print")
    String departmentPrint(@PathVariable Long departmentId, @PathVariable int year, Model model) {
        SummaryPage page = summaries.summaryWithSheets(departmentId, year);
        audit.report(AuditAction.PRINT_REPORT, page, "print");
        model.addAttribute("page", page);
        model.addAttribute("pdf", false);
        model.addAttribute("auditHead", auditHead.head().printed());
        return "report/print/department";
    }

    @GetMapping("/sheets/{sheetId}/print")
    String sheetPrint(@PathVariable Long sheetId, Model model) {
        SheetPage page = sheets.page(sheetId);
        audit.sheet(AuditAction.PRINT_SHEET, page, "print");
        model.addAttribute("page", page);
        model.addAttribute("pdf", false);
        return "report/print/sheet";
    }

    @GetMapping("/departments/{departmentId}/years/{year}/report.pdf")
    ResponseEntity<byte[]> departmentPdf(@PathVariable Long departmentId, @PathVariable int year) {
        SummaryPage page = summaries.summaryWithSheets(departmentId, year);
        String name = year + "年度" + page.department().getName() + "绩效自评报告.pdf";
        ResponseEntity<byte[]> response = pdf("report/print/department", page, "report-" + departmentId + "-" + year + ".pdf", name);
        // Recorded once the PDF exists: a missing font is no download.
        audit.report(AuditAction.DOWNLOAD_REPORT, page, "pdf");
        return response;
    }

    @GetMapping("/sheets/{sheetId}.pdf")
    ResponseEntity<byte[]> sheetPdf(@PathVariable Long sheetId) {
        SheetPage page = sheets.page(sheetId);
        ResponseEntity<byte[]> response = pdf("report/print/sheet", page, "sheet-" + sheetId + ".pdf",
                page.project().getName() + "绩效自评表.pdf");
        audit.sheet(AuditAction.DOWNLOAD_SHEET, page, "pdf");
        return response;
    }

    /** A missing font is an installation problem: say so in Chinese and name the setting, no stack trace. */
    @ExceptionHandler(PdfFontMissingException.class)
    @ResponseStatus(HttpStatus.SERVICE_UNAVAILABLE)
    String fontMissing(PdfFontMissingException e, Model model) {
        model.addAttribute("fontPath", e.fontPath());
        return "report/pdf-unavailable";
    }

    private ResponseEntity<byte[]> pdf(String template, Object page, String asciiName, String chineseName) {
        // Rendered outside the web request, so @fmt and other beans are wired in by hand.
        Context context = new Context(Locale.SIMPLIFIED_CHINESE, Map.of("page", page, "pdf", true,
                "auditHead", auditHead.head().printed()));
        context.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
                new ThymeleafEvaluationContext(applicationContext, null));
        byte[] body = this.pdf.render(templates.process(template, context));
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + asciiName
                        + "\"; filename*=UTF-8''" + UriUtils.encode(chineseName, StandardCharsets.UTF_8))
                .body(body);
    }
}
