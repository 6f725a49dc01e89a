package com.jixiao.report.print;

import com.jixiao.audit.AuditAction;
import com.jixiao.audit.AuditVerifier;
import com.jixiao.report.DownloadAudit;
import com.jixiao.report.SummaryPage;
import com.jixiao.report.SummaryService;
import com.jixiao.report.form.AuditAnnex;
import com.jixiao.common.form.FormDocument;
import com.jixiao.common.form.FormTable;
import com.jixiao.sheet.AnnexForm;
import com.jixiao.report.form.SummaryForm;
import com.jixiao.sheet.SheetPage;
import com.jixiao.sheet.SheetService;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
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
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.util.UriUtils;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.ISpringTemplateEngine;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;

/**
 * Pages made for paper and their PDFs. The browser pages and the PDFs render the same templates
 * (report/print/*) from the same form descriptions (report.form), so what a head prints from the browser
 * and what the PDF shows cannot drift apart. Official forms (汇总表, 附1) and the working 稽核附表 are
 * separate documents: nothing computed is printed on a page that is stamped.
 */
@Controller
@RequiredArgsConstructor
class PrintController {

    private static final String FORM_PAGE = "report/print/form-page";

    private final SummaryService summaries;
    private final SheetService sheets;
    private final ISpringTemplateEngine templates;
    private final ApplicationContext applicationContext;
    private final PdfRenderer pdf;
    private final AuditVerifier auditHead;
    private final DownloadAudit audit;

    /** The department report as submitted: narrative, the official 汇总表 (landscape) and every 附1. */
    @GetMapping("/departments/{departmentId}/years/{year}/report/print")
    String departmentPrint(@PathVariable Long departmentId, @PathVariable int year, Model model) {
        SummaryPage page = summaries.summaryWithSheets(departmentId, year);
        audit.report(AuditAction.PRINT_REPORT, page, "print");
        model.addAllAttributes(departmentModel(page, false));
        return "report/print/department";
    }

    @GetMapping("/departments/{departmentId}/years/{year}/report.pdf")
    ResponseEntity<byte[]> departmentPdf(@PathVariable Long departmentId, @PathVariable int year) {
        SummaryPage page = summaries.summaryWithSheets(departmentId, year);
        String name = year + "年度" + page.department().getName() + "绩效自评报告.pdf";
        ResponseEntity<byte[]> response = pdf("report/print/department", departmentModel(page, true),
                "report-" + departmentId + "-" + year + ".pdf", name);
        // Recorded once the PDF exists: a missing font is no download.
        audit.report(AuditAction.DOWNLOAD_REPORT, page, "pdf");
        return response;
    }

    /** The official 汇总表 alone: seven columns, title, 预算部门(盖章), 单位：万元 — the page a head stamps. */
    @GetMapping("/departments/{departmentId}/years/{year}/summary/print")
    String summaryPrint(@PathVariable Long departmentId, @PathVariable int year, Model model) {
        SummaryPage page = summaries.summary(departmentId, year);
        audit.report(AuditAction.PRINT_REPORT, page, "汇总表", "print");
        String base = "/departments/" + departmentId + "/years/" + year;
        model.addAllAttributes(formModel(SummaryForm.of(page), false));
        model.addAttribute("links", List.of(new Link("返回汇总表", base + "/summary"),
                new Link("下载 PDF", base + "/summary.pdf"), new Link("下载 Excel", base + "/summary.xlsx"),
                new Link("打印稽核附表", base + "/audit-annex/print")));
        return FORM_PAGE;
    }

    @GetMapping("/departments/{departmentId}/years/{year}/summary.pdf")
    ResponseEntity<byte[]> summaryPdf(@PathVariable Long departmentId, @PathVariable int year) {
        SummaryPage page = summaries.summary(departmentId, year);
        ResponseEntity<byte[]> response = pdf(FORM_PAGE, formModel(SummaryForm.of(page), true),
                "summary-" + departmentId + "-" + year + ".pdf", page.title() + ".pdf");
        audit.report(AuditAction.DOWNLOAD_REPORT, page, "汇总表", "pdf");
        return response;
    }

    /** The department-year's 稽核附表: computed scores, status, findings, 合计 and 未提交 — the working view. */
    @GetMapping("/departments/{departmentId}/years/{year}/audit-annex/print")
    String annexPrint(@PathVariable Long departmentId, @PathVariable int year, Model model) {
        SummaryPage page = summaries.summary(departmentId, year);
        audit.report(AuditAction.PRINT_REPORT, page, "稽核附表", "print");
        String base = "/departments/" + departmentId + "/years/" + year;
        model.addAllAttributes(formModel(AuditAnnex.of(page), false));
        model.addAttribute("links", List.of(new Link("返回汇总表", base + "/summary"),
                new Link("下载 PDF", base + "/audit-annex.pdf"), new Link("下载 Excel", base + "/audit-annex.xlsx")));
        return FORM_PAGE;
    }

    @GetMapping("/departments/{departmentId}/years/{year}/audit-annex.pdf")
    ResponseEntity<byte[]> annexPdf(@PathVariable Long departmentId, @PathVariable int year) {
        SummaryPage page = summaries.summary(departmentId, year);
        FormDocument annex = AuditAnnex.of(page);
        ResponseEntity<byte[]> response = pdf(FORM_PAGE, formModel(annex, true),
                "audit-annex-" + departmentId + "-" + year + ".pdf", annex.title() + ".pdf");
        audit.report(AuditAction.DOWNLOAD_REPORT, page, "稽核附表", "pdf");
        return response;
    }

    /** One official 附1. */
    @GetMapping("/sheets/{sheetId}/print")
    String sheetPrint(@PathVariable Long sheetId, Model model) {
        SheetPage page = sheets.page(sheetId);
        audit.sheet(AuditAction.PRINT_SHEET, page, "print");
        model.addAllAttributes(formModel(AnnexForm.of(page), false));
        model.addAttribute("links", List.of(new Link("返回自评表", "/sheets/" + sheetId),
                new Link("下载 PDF", "/sheets/" + sheetId + ".pdf"), new Link("下载 Excel", "/sheets/" + sheetId + ".xlsx"),
                new Link("打印稽核附表", "/sheets/" + sheetId + "/audit-annex/print")));
        return FORM_PAGE;
    }

    @GetMapping("/sheets/{sheetId}.pdf")
    ResponseEntity<byte[]> sheetPdf(@PathVariable Long sheetId) {
        SheetPage page = sheets.page(sheetId);
        ResponseEntity<byte[]> response = pdf(FORM_PAGE, formModel(AnnexForm.of(page), true),
                "sheet-" + sheetId + ".pdf", page.project().getName() + "绩效自评表.pdf");
        audit.sheet(AuditAction.DOWNLOAD_SHEET, page, "pdf");
        return response;
    }

    /** One sheet's 稽核附表: entered against computed, row by row, with the findings. */
    @GetMapping("/sheets/{sheetId}/audit-annex/print")
    String sheetAnnexPrint(@PathVariable Long sheetId, Model model) {
        SheetPage page = sheets.page(sheetId);
        audit.sheet(AuditAction.PRINT_SHEET, page, "annex-print");
        model.addAllAttributes(formModel(AuditAnnex.of(page), false));
        model.addAttribute("links", List.of(new Link("返回自评表", "/sheets/" + sheetId),
                new Link("下载 PDF", "/sheets/" + sheetId + "/audit-annex.pdf")));
        return FORM_PAGE;
    }

    @GetMapping("/sheets/{sheetId}/audit-annex.pdf")
    ResponseEntity<byte[]> sheetAnnexPdf(@PathVariable Long sheetId) {
        SheetPage page = sheets.page(sheetId);
        FormDocument annex = AuditAnnex.of(page);
        ResponseEntity<byte[]> response = pdf(FORM_PAGE, formModel(annex, true), "sheet-" + sheetId + "-annex.pdf",
                annex.title() + ".pdf");
        audit.sheet(AuditAction.DOWNLOAD_SHEET, page, "annex-pdf");
        return response;
    }

    /** Column widths of every form (col.w35 = 3.5 %): a stylesheet, since the CSP forbids inline styles. */
    @GetMapping(value = "/css/form-widths.css", produces = "text/css")
    @ResponseBody
    ResponseEntity<String> widths() {
        return ResponseEntity.ok().header(HttpHeaders.CACHE_CONTROL, "max-age=3600").body(FormTable.WIDTH_CSS);
    }

    /** A link of a print page's toolbar (not printed). */
    record Link(String label, String href) {
    }

    /** A missing font is an installation problem: say so in Chinese and name the setting, no stack trace. */
    @ExceptionHandler(PdfFontMissingException.class)
    @ResponseStatus(HttpStatus.SERVICE_UNAVAILABLE)
    String fontMissing(PdfFontMissingException e, Model model) {
        model.addAttribute("fontPath", e.fontPath());
        return "report/pdf-unavailable";
    }

    private Map<String, Object> departmentModel(SummaryPage page, boolean forPdf) {
        Map<String, Object> model = new HashMap<>();
        model.put("page", page);
        model.put("summaryForm", SummaryForm.of(page));
        model.put("sheetForms", page.sheetsInOrder().stream().map(AnnexForm::of).toList());
        model.put("pdf", forPdf);
        model.put("auditHead", auditHead.head().printed());
        return model;
    }

    private static Map<String, Object> formModel(FormDocument document, boolean forPdf) {
        Map<String, Object> model = new HashMap<>();
        model.put("doc", document);
        model.put("pdf", forPdf);
        return model;
    }

    private ResponseEntity<byte[]> pdf(String template, Map<String, Object> variables, String asciiName,
                                       String chineseName) {
        // Rendered outside the web request, so @fmt and other beans are wired in by hand.
        Context context = new Context(Locale.SIMPLIFIED_CHINESE, variables);
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
