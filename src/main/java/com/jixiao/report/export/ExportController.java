package com.jixiao.report.export;

import com.jixiao.audit.AuditVerifier;
import com.jixiao.common.format.Times;
import com.jixiao.common.metrics.JixiaoMeters;
import com.jixiao.audit.AuditAction;
import com.jixiao.department.Department;
import com.jixiao.report.DownloadAudit;
import com.jixiao.report.SummaryPage;
import com.jixiao.report.SummaryService;
import com.jixiao.report.form.AuditAnnex;
import com.jixiao.common.form.FormDocument;
import com.jixiao.sheet.AnnexForm;
import com.jixiao.report.form.SummaryForm;
import com.jixiao.sheet.SheetPage;
import com.jixiao.sheet.SheetService;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriUtils;

/**
 * Downloads for auditors and heads: the annual score table (.xlsx, .csv) and one 附1 sheet (.xlsx).
 * Everything that can be refused (unknown department, year without projects) is checked before
 * the first byte is written, so the user gets the Chinese 404 page rather than a broken file.
 */
@Controller
@RequiredArgsConstructor
class ExportController {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String CSV = "text/csv;charset=UTF-8";


    private final SummaryService summaries;
    private final SheetService sheets;
    private final AuditVerifier auditHead;
    private final Times times;
    private final DownloadAudit audit;
    private final JixiaoMeters meters;

    @GetMapping("/exports/scores-{year}.xlsx")
    void scoresXlsx(@PathVariable int year, @RequestParam(required = false, defaultValue = "all") String department,
                    HttpServletResponse response) throws IOException {
        List<Long> departmentIds = scope(year, department, AuditAction.EXPORT_SCORE_TABLE, "xlsx");
        start(response, XLSX, "scores-" + year + ".xlsx", year + "年度绩效自评得分表.xlsx");
        long started = System.nanoTime();
        long[] rows = {0};
        try (ScoreTableXlsx table = new ScoreTableXlsx(year, response.getOutputStream())) {
            summaries.streamAnnual(year, departmentIds, lines -> {
                rows[0] += lines.size();
                table.write(lines);
            }, unsubmitted -> {
                rows[0] += unsubmitted.size();
                table.writeUnsubmitted(unsubmitted);
            });
            table.finish(List.of(
                    new String[] {"表名", year + "年度项目支出绩效自评得分表"},
                    new String[] {"范围", "all".equals(department) ? "权限内全部预算部门" : "预算部门编号 " + department},
                    new String[] {"导出时间", times.seconds(OffsetDateTime.now())},
                    // Printed with the data: a later rewrite of the trail cannot keep this event's signature.
                    new String[] {"审计链头", auditHead.head().printed() + "（可在“校验审计链”页核对）"}));
        }
        meters.exported("scores.xlsx", started, rows[0]);
    }

    @GetMapping("/exports/scores-{year}.csv")
    void scoresCsv(@PathVariable int year, @RequestParam(required = false, defaultValue = "all") String department,
                   HttpServletResponse response) throws IOException {
        List<Long> departmentIds = scope(year, department, AuditAction.EXPORT_SCORE_TABLE, "csv");
        start(response, CSV, "scores-" + year + ".csv", year + "年度绩效自评得分表.csv");
        OutputStream out = response.getOutputStream();
        ScoreTableCsv<com.jixiao.report.SummaryRow> csv = ScoreTableCsv.projects(out);
        long started = System.nanoTime();
        long[] rows = {0};
        // The projects without a result follow the results, named, with status and without figures (ScoreTable).
        summaries.streamAnnual(year, departmentIds, lines -> {
            rows[0] += lines.size();
            csv.write(lines);
            csv.flush();
        }, unsubmitted -> {
            rows[0] += unsubmitted.size();
            csv.write(unsubmitted, ScoreTable.UNSUBMITTED_AS_PROJECT);
            csv.flush();
        });
        meters.exported("scores.csv", started, rows[0]);
    }

    @GetMapping("/exports/indicators-{year}.csv")
    void indicatorsCsv(@PathVariable int year,
                       @RequestParam(required = false, defaultValue = "all") String department,
                       HttpServletResponse response) throws IOException {
        List<Long> departmentIds = scope(year, department, AuditAction.EXPORT_INDICATOR_TABLE, "csv");
        start(response, CSV, "indicators-" + year + ".csv", year + "年度绩效指标明细.csv");
        ScoreTableCsv<ScoreTable.IndicatorLine> csv = ScoreTableCsv.indicators(response.getOutputStream());
        long started = System.nanoTime();
        long[] rows = {0};
        summaries.streamAnnual(year, departmentIds, lines -> {
            lines.forEach(line -> {
                List<ScoreTable.IndicatorLine> indicators = ScoreTable.indicatorLines(line);
                rows[0] += indicators.size();
                csv.write(indicators);
            });
            csv.flush();
        }, null);
        meters.exported("indicators.csv", started, rows[0]);
    }

    /** One 附1 sheet laid out as printed, merged cells and all. */
    @GetMapping("/sheets/{sheetId}.xlsx")
    void sheetXlsx(@PathVariable Long sheetId, HttpServletResponse response) throws IOException {
        SheetPage page = sheets.page(sheetId);
        audit.sheet(AuditAction.DOWNLOAD_SHEET, page, "xlsx");
        form(response, AnnexForm.of(page), "附1", "sheet-" + sheetId + ".xlsx",
                page.project().getName() + "绩效自评表.xlsx");
    }

    /** The official 汇总表 (seven columns) as it prints. */
    @GetMapping("/departments/{departmentId}/years/{year}/summary.xlsx")
    void summaryXlsx(@PathVariable Long departmentId, @PathVariable int year, HttpServletResponse response)
            throws IOException {
        SummaryPage page = summaries.summary(departmentId, year);
        audit.report(AuditAction.DOWNLOAD_REPORT, page, "汇总表", "xlsx");
        form(response, SummaryForm.of(page), "汇总表", "summary-" + departmentId + "-" + year + ".xlsx",
                page.title() + ".xlsx");
    }

    /** The department-year's 稽核附表 (computed scores, findings, 未提交) as it prints. */
    @GetMapping("/departments/{departmentId}/years/{year}/audit-annex.xlsx")
    void annexXlsx(@PathVariable Long departmentId, @PathVariable int year, HttpServletResponse response)
            throws IOException {
        SummaryPage page = summaries.summary(departmentId, year);
        audit.report(AuditAction.DOWNLOAD_REPORT, page, "稽核附表", "xlsx");
        FormDocument annex = AuditAnnex.of(page);
        form(response, annex, "稽核附表", "audit-annex-" + departmentId + "-" + year + ".xlsx", annex.title() + ".xlsx");
    }

    /** A printed form as .xlsx on one sheet, laid out as it prints. */
    private static void form(HttpServletResponse response, FormDocument form, String sheetName, String asciiName,
                             String chineseName) throws IOException {
        start(response, XLSX, asciiName, chineseName);
        try (var workbook = FormXlsx.of(form, sheetName)) {
            workbook.write(response.getOutputStream());
        }
    }

    /**
     * The departments to export, checked and the export recorded before anything is written.
     *
     * @throws com.jixiao.common.web.NotFoundException before anything is written
     */
    private List<Long> scope(int year, String department, AuditAction action, String format) {
        List<Department> departments = summaries.departmentsOf(department);
        List<Long> ids = departments.stream().map(Department::getId).toList();
        summaries.countAnnual(year, ids);
        boolean all = department == null || department.isBlank() || department.equals("all");
        audit.annualTable(action, year, departments, all, format);
        return ids;
    }

    /** An ASCII file name for old clients and the Chinese one (RFC 6266 filename*) for the rest. */
    private static void start(HttpServletResponse response, String contentType, String asciiName, String chineseName) {
        response.setContentType(contentType);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + asciiName
                + "\"; filename*=UTF-8''" + UriUtils.encode(chineseName, StandardCharsets.UTF_8));
    }
}
