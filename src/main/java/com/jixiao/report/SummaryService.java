package com.jixiao.report;

import com.jixiao.department.Department;
import com.jixiao.department.DepartmentService;
import com.jixiao.common.web.NotFoundException;
import com.jixiao.scoring.RuleProfile;
import com.jixiao.scoring.SummaryCheck;
import com.jixiao.sheet.IndicatorRow;
import com.jixiao.sheet.ScoreSheetRepository;
import com.jixiao.sheet.SheetScoring;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
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
    private final ScoreSheetRepository sheets;
    private final SheetScoring scoring;
    private final SummaryCheck summaryCheck = new SummaryCheck();

    /** @throws NotFoundException for an unknown department or a year without projects */
    public SummaryPage summary(Long departmentId, int year) {
        Department department = departments.get(departmentId);
        List<SummaryRow> rows = queries.findRows(departmentId, year);
        if (rows.isEmpty()) {
            throw new NotFoundException(department.getName() + " 没有 " + year + " 年度的项目。");
        }
        NarrativeReport report = reports.findDepartmentReport(departmentId, year).orElse(null);
        Map<Long, List<IndicatorRow>> nodesBySheet = sheets.findIndicatorRowsOfDepartmentYear(departmentId, year)
                .stream().collect(Collectors.groupingBy(IndicatorRow::sheetId));
        List<SummaryLine> lines = rows.stream()
                .map(row -> line(row, nodesBySheet.getOrDefault(row.sheetId(), List.of()))).toList();
        return new SummaryPage(department, year, report, lines, RuleProfile.nationalDefault().gradeNames());
    }

    /** Scores the row's sheet and checks the 汇总表 row against it where a report printed one. */
    private SummaryLine line(SummaryRow row, List<IndicatorRow> nodes) {
        if (row.sheetId() == null) {
            return SummaryLine.of(row, null, List.of());
        }
        SheetScoring.Scored scored = scoring.score(row.figures(), nodes);
        if (row.publishedScore() == null) {
            return SummaryLine.of(row, scored.result(), List.of());
        }
        var printed = new com.jixiao.scoring.SummaryRow(row.displayName(), row.publishedFunds(),
                row.publishedScore(), row.publishedGrade());
        return SummaryLine.of(row, scored.result(), summaryCheck.check(printed, scored.input(), scored.result()));
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
