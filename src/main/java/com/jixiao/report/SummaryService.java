package com.jixiao.report;

import com.jixiao.department.Department;
import com.jixiao.department.DepartmentService;
import com.jixiao.common.web.NotFoundException;
import java.util.List;
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

    /** @throws NotFoundException for an unknown department or a year without projects */
    public SummaryPage summary(Long departmentId, int year) {
        Department department = departments.get(departmentId);
        List<SummaryRow> rows = queries.findRows(departmentId, year);
        if (rows.isEmpty()) {
            throw new NotFoundException(department.getName() + " 没有 " + year + " 年度的项目。");
        }
        NarrativeReport report = reports.findDepartmentReport(departmentId, year).orElse(null);
        return new SummaryPage(department, year, report, rows);
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
