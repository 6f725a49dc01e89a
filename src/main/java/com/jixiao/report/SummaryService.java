package com.jixiao.report;

import com.jixiao.department.Department;
import com.jixiao.department.DepartmentService;
import com.jixiao.common.web.NotFoundException;
import com.jixiao.scoring.RuleProfile;
import com.jixiao.scoring.SummaryCheck;
import com.jixiao.sheet.ScoredSheet;
import com.jixiao.sheet.SheetService;
import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@RequiredArgsConstructor
@Transactional(readOnly = true)
public class SummaryService {

    private final DepartmentService departments;
    private final SummaryQueries queries;
    private final NarrativeReportRepository reports;
    private final SheetService sheets;
    private final SummaryCheck summaryCheck = new SummaryCheck();

    /** @throws NotFoundException for an unknown department or a year without projects */
    public SummaryPage summary(Long departmentId, int year) {
        Department department = departments.get(departmentId);
        List<SummaryRow> rows = queries.findRows(departmentId, year);
        if (rows.isEmpty()) {
            throw new NotFoundException(department.getName() + " 没有 " + year + " 年度的项目。");
        }
        NarrativeReport report = reports.findDepartmentReport(departmentId, year).orElse(null);
        Map<Long, ScoredSheet> scored = sheets.scoredSheetsOfDepartmentYear(departmentId, year);
        List<SummaryLine> lines = rows.stream().map(row -> line(row, scored.get(row.projectId()))).toList();
        return new SummaryPage(department, year, report, lines, RuleProfile.nationalDefault().gradeNames());
    }

    /** Checks the 汇总表 row against its sheet where the row was printed by an imported report. */
    private SummaryLine line(SummaryRow row, ScoredSheet scored) {
        if (scored == null || row.publishedScore() == null) {
            return new SummaryLine(row, scored, List.of());
        }
        var printed = new com.jixiao.scoring.SummaryRow(row.displayName(), row.publishedFunds(),
                row.publishedScore(), row.publishedGrade());
        return new SummaryLine(row, scored, summaryCheck.check(printed, scored.input(), scored.result()));
    }

    /** @throws NotFoundException when the department has no report for the year */
    public DepartmentReportPage departmentReport(Long departmentId, int year) {
        Department department = departments.get(departmentId);
        NarrativeReport report = reports.findDepartmentReport(departmentId, year)
                .orElseThrow(() -> new NotFoundException(department.getName() + " 没有 " + year + " 年度的自评报告。"));
        return new DepartmentReportPage(department, year, report);
    }

    public record DepartmentReportPage(Department department, int fiscalYear, NarrativeReport report) {
    }
}
