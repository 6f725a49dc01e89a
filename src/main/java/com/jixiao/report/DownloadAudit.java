package com.jixiao.report;

import com.jixiao.audit.AuditAction;
import com.jixiao.audit.AuditTrail;
import com.jixiao.department.Department;
import com.jixiao.sheet.SheetPage;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

/**
 * Records in the audit trail who took which data out of Jixiao: exports, downloads and print pages. Called by the
 * controllers after the request's checks (an unknown department is a 404, not an export) and before the first byte,
 * outside any read-only transaction, so the event is committed even while a long export is still streaming.
 */
@Component
@RequiredArgsConstructor
public class DownloadAudit {

    private final AuditTrail audit;

    /** The annual score table (.xlsx/.csv) or its indicator table, over the departments exported. */
    public void annualTable(AuditAction action, int year, List<Department> departments, boolean allInScope,
                            String format) {
        String scope = allInScope ? "全部部门" : departments.get(0).getName();
        String table = action == AuditAction.EXPORT_INDICATOR_TABLE ? "年度绩效指标明细" : "年度绩效自评得分表";
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("name", year + table + "（" + scope + "）");
        after.put("year", year);
        after.put("scope", scope);
        after.put("format", format);
        Long departmentId = allInScope ? null : departments.get(0).getId();
        audit.record(action.name(), "ScoreTable", year, departmentId, null, after);
    }

    /** One 附1: its .xlsx or .pdf, or its print page. */
    public void sheet(AuditAction action, SheetPage page, String format) {
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("name", page.project().getName());
        after.put("year", page.project().getFiscalYear());
        after.put("department", page.department().getName());
        after.put("format", format);
        audit.record(action.name(), "ScoreSheet", page.sheet().getId(), page.department().getId(), null, after);
    }

    /** The department's report (narrative, 汇总表 and every 附1): its PDF or its print page. */
    public void report(AuditAction action, SummaryPage page, String format) {
        report(action, page, "绩效自评报告", format);
    }

    /** A part of the department's report on its own (汇总表, 稽核附表): its PDF, .xlsx or print page. */
    public void report(AuditAction action, SummaryPage page, String document, String format) {
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("name", page.fiscalYear() + "年度" + page.department().getName() + document);
        after.put("year", page.fiscalYear());
        after.put("format", format);
        audit.record(action.name(), "Department", page.department().getId(), page.department().getId(), null, after);
    }
}
