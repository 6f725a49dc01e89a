package com.jixiao.dashboard;

import com.jixiao.common.web.NotFoundException;
import com.jixiao.department.Department;
import com.jixiao.department.DepartmentService;
import com.jixiao.report.DepartmentYearTotals;
import com.jixiao.report.SummaryPage;
import com.jixiao.report.SummaryRow;
import com.jixiao.report.SummaryService;
import com.jixiao.scoring.Finding;
import com.jixiao.scoring.FindingCodes;
import com.jixiao.scoring.Grade;
import com.jixiao.scoring.Grades;
import com.jixiao.scoring.RuleProfile;
import com.jixiao.security.ScopeGuard;
import com.jixiao.sheet.SheetScoring;
import com.jixiao.sheet.SheetStatus;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The department dashboard is read from the department's 汇总表 (scope, results, scores and totals
 * as there); the province view from per-department sums the database computes, so that 50,000
 * projects are never loaded or scored for it.
 */
@Service
@RequiredArgsConstructor
@Transactional(readOnly = true)
public class DashboardService {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final SummaryService summaries;
    private final DepartmentService departments;
    private final ProvinceQueries provinceQueries;
    private final ScopeGuard guard;

    /**
     * @throws NotFoundException for a department outside the user's scope, unknown, or without projects
     *                           in the year (as the 汇总表 page)
     */
    public DepartmentDashboard department(Long departmentId, int year) {
        SummaryPage page = summaries.summary(departmentId, year);
        // Asked first rather than caught: a NotFoundException inside this transaction would mark it rollback-only.
        boolean hasPrevious = departments.departmentYears().stream()
                .anyMatch(dy -> dy.departmentId().equals(departmentId) && dy.fiscalYear() == year - 1);
        SummaryPage previous = hasPrevious ? summaries.summary(departmentId, year - 1) : null;
        List<String> gradeNames = page.gradeNames();
        return new DepartmentDashboard(departmentId, page.department().getName(), year, progress(page),
                figures(page), previous == null ? null : figures(previous), points(page), findings(page),
                attention(page, gradeNames));
    }

    /**
     * Every department in the user's scope for a year (the newest year in scope when {@code year} is
     * null): auditors and administrators only.
     *
     * @throws AccessDeniedException for officers and heads
     * @throws NotFoundException     when no department in scope has projects in the year
     */
    public ProvinceDashboard province(Integer year) {
        if (!guard.canViewProvince()) {
            throw new AccessDeniedException("只有审计人员和管理员可以查看全省概览。");
        }
        List<Integer> years = summaries.years();
        int fiscalYear = year != null ? year : years.isEmpty() ? 0 : years.get(0);
        List<Long> ids = summaries.departmentsInScope().stream().map(Department::getId).toList();
        List<DepartmentYearTotals> totals = summaries.departmentTotals(fiscalYear, ids);
        if (totals.isEmpty()) {
            throw new NotFoundException(fiscalYear + " 年度没有可查看的项目。");
        }
        RuleProfile profile = RuleProfile.nationalDefault();
        Map<Long, ProvinceQueries.Breakdown> breakdowns = provinceQueries.breakdown(fiscalYear, ids, profile)
                .stream().collect(Collectors.toMap(ProvinceQueries.Breakdown::departmentId, Function.identity()));
        List<ProvinceDashboard.DepartmentLine> lines = totals.stream()
                .map(t -> line(fiscalYear, t, breakdowns.get(t.departmentId()))).toList();
        return ProvinceDashboard.of(fiscalYear, years, lines, profile.gradeNames());
    }

    private static ProvinceDashboard.DepartmentLine line(int year, DepartmentYearTotals totals,
                                                         ProvinceQueries.Breakdown breakdown) {
        return new ProvinceDashboard.DepartmentLine(totals.departmentId(), totals.departmentName(),
                Progress.of(breakdown.none(), breakdown.draft(), breakdown.returned(), totals.submitted(),
                        totals.approved(), breakdown.published()),
                totals.averageScore(), totals.executionRate(), percent(totals.executionRate()),
                breakdown.grades(), breakdown.fundsFindings(),
                "/dashboard/departments/" + totals.departmentId() + "/years/" + year);
    }

    private static Progress progress(SummaryPage page) {
        Map<String, Long> unsubmitted = page.unsubmitted().stream().collect(Collectors.groupingBy(
                project -> project.status() == null ? "NONE" : project.status().name(), Collectors.counting()));
        Map<String, Long> results = page.rows().stream().collect(Collectors.groupingBy(
                row -> row.status() == null ? "PUBLISHED" : row.status().name(), Collectors.counting()));
        return Progress.of(unsubmitted.getOrDefault("NONE", 0L), unsubmitted.getOrDefault(SheetStatus.DRAFT.name(), 0L),
                unsubmitted.getOrDefault(SheetStatus.RETURNED.name(), 0L),
                results.getOrDefault(SheetStatus.SUBMITTED.name(), 0L),
                results.getOrDefault(SheetStatus.APPROVED.name(), 0L), results.getOrDefault("PUBLISHED", 0L));
    }

    private static DepartmentDashboard.YearFigures figures(SummaryPage page) {
        List<DepartmentDashboard.GradeCount> grades = page.computedGradeCounts().entrySet().stream()
                .map(entry -> new DepartmentDashboard.GradeCount(entry.getKey(), entry.getValue())).toList();
        return new DepartmentDashboard.YearFigures(page.fiscalYear(), page.rows().size() + page.unsubmitted().size(),
                page.rows().size(), page.averageScore(), page.averageComputedScore(), page.executionRate(),
                percent(page.executionRate()), page.totalFunds(), page.findingCount(), grades);
    }

    private static List<DepartmentDashboard.ProjectPoint> points(SummaryPage page) {
        return page.rows().stream().filter(row -> row.executionRate() != null && row.computedTotal() != null)
                .map(row -> new DepartmentDashboard.ProjectPoint(row.projectId(), row.sheetId(),
                        row.displayName(), percent(row.executionRate()), row.computedTotal(),
                        row.computedGrade(), sheetUrl(row)))
                .toList();
    }

    private static List<DepartmentDashboard.FindingKind> findings(SummaryPage page) {
        Map<String, Long> byCode = page.allFindings().stream()
                .collect(Collectors.groupingBy(Finding::code, LinkedHashMap::new, Collectors.counting()));
        return byCode.entrySet().stream()
                .map(entry -> new DepartmentDashboard.FindingKind(entry.getKey(), FindingCodes.title(entry.getKey()),
                        entry.getValue()))
                .sorted(Comparator.comparingLong(DepartmentDashboard.FindingKind::count).reversed()
                        .thenComparing(DepartmentDashboard.FindingKind::code))
                .toList();
    }

    /** Results graded below 良 by the rules, with an execution rate under the profile's threshold, or missing a note. */
    private static List<DepartmentDashboard.AttentionProject> attention(SummaryPage page, List<String> gradeNames) {
        List<DepartmentDashboard.AttentionProject> out = new ArrayList<>();
        for (SummaryRow row : page.rows()) {
            List<String> reasons = new ArrayList<>();
            String grade = row.computedGrade();
            // By grade, not by name: a sheet's profile may print 合格 where the department's page prints 中.
            if (grade != null && Grades.parse(grade).map(g -> g.ordinal() > Grade.GOOD.ordinal()).orElse(false)) {
                reasons.add("按规则得分 " + row.computedTotal().setScale(2, RoundingMode.HALF_UP).toPlainString()
                        + "，等级为" + grade + "（低于" + gradeNames.get(1) + "）");
            }
            BigDecimal threshold = SheetScoring.profile(row.profileCode(), row.profileVersion()).executionRateThreshold();
            if (row.executionRate() != null && row.executionRate().compareTo(threshold) < 0) {
                reasons.add("执行率 " + percent(row.executionRate()).stripTrailingZeros().toPlainString() + "%，低于 "
                        + percent(threshold).stripTrailingZeros().toPlainString() + "%");
            }
            long notes = row.findings().stream()
                    .filter(finding -> FindingCodes.DEVIATION_NOTE_MISSING.equals(finding.code())).count();
            if (notes > 0) {
                reasons.add("缺少偏差原因分析 " + notes + " 处");
            }
            if (!reasons.isEmpty()) {
                out.add(new DepartmentDashboard.AttentionProject(row.projectId(), row.displayName(),
                        row.computedTotal(), grade, percent(row.executionRate()), List.copyOf(reasons),
                        sheetUrl(row)));
            }
        }
        return out;
    }

    private static String sheetUrl(SummaryRow row) {
        return row.sheetId() == null ? null : "/sheets/" + row.sheetId();
    }

    /** A rate (0.19997) in percent as the pages print it (19.997): 3 decimals; null stays null. */
    static BigDecimal percent(BigDecimal rate) {
        return rate == null ? null : rate.multiply(HUNDRED).setScale(3, RoundingMode.HALF_UP);
    }
}
