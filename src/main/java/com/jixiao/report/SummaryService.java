package com.jixiao.report;

import com.jixiao.common.web.NotFoundException;
import com.jixiao.department.Department;
import com.jixiao.department.DepartmentService;
import com.jixiao.narrative.NarrativeReport;
import com.jixiao.narrative.NarrativeReportRepository;
import com.jixiao.project.Project;
import com.jixiao.scoring.PublishedResult;
import com.jixiao.scoring.RuleProfile;
import com.jixiao.scoring.SummaryCheck;
import com.jixiao.security.ScopeGuard;
import com.jixiao.sheet.FundsLine;
import com.jixiao.sheet.Indicator;
import com.jixiao.sheet.IndicatorRow;
import com.jixiao.sheet.IndicatorRows;
import com.jixiao.sheet.ScoreCache;
import com.jixiao.sheet.ScoreSheet;
import com.jixiao.sheet.SheetPage;
import com.jixiao.sheet.SheetScoring;
import com.jixiao.sheet.SheetTree;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * 汇总表, the auditors' annual table and the exports. Rows and indicator nodes are read as
 * projections (no entity hydration) in a constant number of statements per page or per chunk,
 * and every sheet is scored through {@link SheetScoring}.
 */
@Service
@RequiredArgsConstructor
@Transactional(readOnly = true)
public class SummaryService {

    /** Projects per chunk when the annual table or an export reads sheets: 2 statements per chunk. */
    public static final int CHUNK = 500;

    private final DepartmentService departments;
    private final SummaryQueries queries;
    private final SheetChunkQueries sheetQueries;
    private final NarrativeReportRepository reports;
    private final SheetScoring scoring;
    private final IndicatorRows indicatorRows;
    private final ScoreCache cache;
    private final ScopeGuard scopeGuard;
    private final SummaryCheck summaryCheck = new SummaryCheck();

    /** @throws NotFoundException for an unknown department or a year without projects */
    public SummaryPage summary(Long departmentId, int year) {
        return summary(departmentId, year, SummarySort.DEFAULT);
    }

    /** @throws NotFoundException for an unknown department or a year without projects */
    public SummaryPage summary(Long departmentId, int year, SummarySort sort) {
        Department department = departments.get(departmentId);
        List<SummaryRow> rows = queries.findRows(departmentId, year);
        List<UnsubmittedProject> unsubmitted = queries.findUnsubmitted(departmentId, year);
        if (rows.isEmpty() && unsubmitted.isEmpty()) {
            throw new NotFoundException(department.getName() + " 没有 " + year + " 年度的项目。");
        }
        NarrativeReport report = reports.findDepartmentReport(departmentId, year).orElse(null);
        return new SummaryPage(department, year, report, sort.apply(cachedScored(rows)), unsubmitted, gradeNames(),
                sort, Map.of());
    }

    /**
     * The 汇总表 with every 自评表 of the year loaded in full, for the printed department report.
     *
     * @throws NotFoundException for an unknown department or a year without projects
     */
    public SummaryPage summaryWithSheets(Long departmentId, int year) {
        SummaryPage page = summary(departmentId, year);
        return new SummaryPage(page.department(), year, page.report(), page.rows(), page.unsubmitted(),
                page.gradeNames(), page.sort(), sheetPages(page.rows()));
    }

    /**
     * The departments the current user may see and export: the one place where the
     * cross-department view and the exports learn the user's scope.
     */
    public List<Department> departmentsInScope() {
        return departments.visible().stream().filter(department -> scopeGuard.canExport(department.getId()))
                .toList();
    }

    /**
     * Resolves a {@code department} parameter: "all" (or nothing) for every department in scope,
     * else one id in scope.
     *
     * @throws NotFoundException for an id that is not a number or not in scope
     */
    public List<Department> departmentsOf(String departmentParam) {
        List<Department> inScope = departmentsInScope();
        if (departmentParam == null || departmentParam.isBlank() || departmentParam.equals("all")) {
            return inScope;
        }
        return inScope.stream().filter(department -> String.valueOf(department.getId()).equals(departmentParam.trim()))
                .findFirst().map(List::of)
                .orElseThrow(() -> new NotFoundException("没有编号为 " + departmentParam + " 的预算部门，或您无权查看。"));
    }

    /** Fiscal years in which the departments in scope have projects, newest first: no other department's years. */
    public List<Integer> years() {
        if (scopeGuard.scope().allDepartments()) {
            return queries.findYears();
        }
        List<Long> ids = departmentsInScope().stream().map(Department::getId).toList();
        return ids.isEmpty() ? List.of() : queries.findYears(ids);
    }

    /**
     * Every result of a year in the given departments (submitted and approved sheets, filed 汇总表
     * rows), ordered by department and 序号, with its computed side. Auditors' cross-department view;
     * call {@link #countAnnual} first, which answers 404 for a year without projects.
     *
     * @param departmentIds must not be null; callers pass ids from {@link #departmentsOf(String)}
     */
    public List<SummaryRow> annual(int year, Collection<Long> departmentIds) {
        List<SummaryRow> rows = departmentIds.isEmpty() ? List.of() : queries.findRowsOfYear(year, departmentIds);
        List<SummaryRow> scored = new ArrayList<>();
        for (int from = 0; from < rows.size(); from += CHUNK) {
            scored.addAll(cachedScored(rows.subList(from, Math.min(rows.size(), from + CHUNK))));
        }
        return scored;
    }

    /** The projects of a year without a result (未提交), ordered by department and 序号. */
    public List<UnsubmittedProject> annualUnsubmitted(int year, Collection<Long> departmentIds) {
        return departmentIds.isEmpty() ? List.of() : queries.findUnsubmittedOfYear(year, departmentIds);
    }

    /**
     * The auditors' overview of a year: one line per department, summed by the database, for
     * selections too large to list project by project (see AnnualSummaryController).
     */
    public List<DepartmentYearTotals> departmentTotals(int year, Collection<Long> departmentIds) {
        return departmentIds.isEmpty() ? List.of() : queries.findDepartmentTotals(year, departmentIds);
    }

    /** @throws NotFoundException when none of these departments has a project in the year */
    public long countAnnual(int year, Collection<Long> departmentIds) {
        long count = departmentIds.isEmpty() ? 0 : queries.countOfYear(year, departmentIds);
        if (count == 0) {
            throw new NotFoundException(year + " 年度没有可查看的项目。");
        }
        return count;
    }

    /**
     * Hands every result of a year to {@code results}, then every project without a result to
     * {@code unsubmitted}, in chunks of {@link #CHUNK} ordered by department id and 序号, so that an
     * export's memory does not grow with the number of projects: each chunk of results costs two
     * statements, one of unsubmitted projects one, and the rows are projections, never held by the
     * persistence context. A chunk shorter than {@link #CHUNK} is the last, so a department needs no
     * statement to learn that nothing follows. Repeatable read gives the whole export one snapshot
     * although it spans many statements: a sheet submitted meanwhile is in neither list or in one.
     *
     * @param unsubmitted null when the export does not list them (the indicator table)
     */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public void streamAnnual(int year, Collection<Long> departmentIds, Consumer<List<SummaryRow>> results,
                             Consumer<List<UnsubmittedProject>> unsubmitted) {
        if (departmentIds.isEmpty()) {
            return;
        }
        chunks((afterDepartment, afterSeq) -> queries.findRowsAfter(year, departmentIds, afterDepartment, afterSeq,
                Limit.of(CHUNK)), rows -> results.accept(scored(rows)), SummaryRow::departmentId, SummaryRow::seq);
        if (unsubmitted != null) {
            chunks((afterDepartment, afterSeq) -> queries.findUnsubmittedAfter(year, departmentIds, afterDepartment,
                    afterSeq, Limit.of(CHUNK)), unsubmitted, UnsubmittedProject::departmentId, UnsubmittedProject::seq);
        }
    }

    /** Reads chunk after chunk by the keyset (department id, 序号) until a chunk is not full. */
    private static <T> void chunks(BiFunction<Long, Integer, List<T>> next, Consumer<List<T>> sink,
                                   Function<T, Long> department,
                                   ToIntFunction<T> seq) {
        long afterDepartment = Long.MIN_VALUE;
        int afterSeq = Integer.MIN_VALUE;
        while (true) {
            List<T> rows = next.apply(afterDepartment, afterSeq);
            if (!rows.isEmpty()) {
                sink.accept(rows);
            }
            if (rows.size() < CHUNK) {
                return;
            }
            T last = rows.get(rows.size() - 1);
            afterDepartment = department.apply(last);
            afterSeq = seq.applyAsInt(last);
        }
    }

    /** The full sheet pages (附1 with computed side) of these rows' projects, keyed by project id. */
    private Map<Long, SheetPage> sheetPages(List<SummaryRow> rows) {
        List<Long> projectIds = rows.stream().filter(row -> row.sheetId() != null).map(SummaryRow::projectId).toList();
        if (projectIds.isEmpty()) {
            return Map.of();
        }
        List<ScoreSheet> sheets = sheetQueries.findSheetsOfProjects(projectIds);
        List<Long> sheetIds = sheets.stream().map(ScoreSheet::getId).toList();
        Map<Long, List<FundsLine>> fundsBySheet = sheetQueries.findFundsLines(sheetIds).stream()
                .collect(Collectors.groupingBy(line -> line.getSheet().getId()));
        Map<Long, List<Indicator>> indicatorsBySheet = sheetQueries.findIndicators(sheetIds).stream()
                .collect(Collectors.groupingBy(node -> node.getSheet().getId()));
        Map<Long, SheetPage> byProject = new HashMap<>();
        for (ScoreSheet sheet : sheets) {
            Project project = sheet.getProject();
            List<FundsLine> funds = fundsBySheet.getOrDefault(sheet.getId(), List.of());
            SheetTree tree = SheetTree.of(indicatorsBySheet.getOrDefault(sheet.getId(), List.of()));
            byProject.put(project.getId(), new SheetPage(sheet, project, project.getDepartment(), funds, tree,
                    scoring.scored(sheet, funds, tree), null));
        }
        return byProject;
    }

    /** Scores the rows' sheets from projections: one statement for all their indicator nodes. */
    private List<SummaryRow> scored(List<SummaryRow> rows) {
        Map<Long, SheetScoring.Scored> scored = score(rows.stream().filter(row -> row.sheetId() != null).toList());
        return rows.stream().map(row -> withScore(row, scored.get(row.sheetId()))).toList();
    }

    /**
     * As {@link #scored}, but sheets scored before at the same version come from the {@link ScoreCache}:
     * for pages, which are viewed far more often than sheets are saved. Exports do not cache.
     */
    private List<SummaryRow> cachedScored(List<SummaryRow> rows) {
        Map<Long, SheetScoring.Scored> scored = new HashMap<>();
        List<SummaryRow> missing = new ArrayList<>();
        for (SummaryRow row : rows) {
            if (row.sheetId() == null) {
                continue;
            }
            SheetScoring.Scored cached = cache.get(row.sheetId(), row.sheetVersion(), row.profileCode(), row.fiscalYear());
            if (cached == null) {
                missing.add(row);
            } else {
                scored.put(row.sheetId(), cached);
            }
        }
        Map<Long, SheetScoring.Scored> computed = score(missing);
        for (SummaryRow row : missing) {
            cache.put(row.sheetId(), row.sheetVersion(), row.profileCode(), row.fiscalYear(), computed.get(row.sheetId()));
        }
        scored.putAll(computed);
        return rows.stream().map(row -> withScore(row, scored.get(row.sheetId()))).toList();
    }

    /** @param rows rows with a sheet; their indicator nodes are read in one statement */
    private Map<Long, SheetScoring.Scored> score(List<SummaryRow> rows) {
        Map<Long, SheetScoring.Scored> scored = new HashMap<>();
        if (rows.isEmpty()) {
            return scored;
        }
        Map<Long, List<IndicatorRow>> nodesBySheet = indicatorRows.ofSheets(rows.stream().map(SummaryRow::sheetId)
                .toList()).stream().collect(Collectors.groupingBy(IndicatorRow::sheetId));
        for (SummaryRow row : rows) {
            scored.put(row.sheetId(), scoring.score(row.figures(), nodesBySheet.getOrDefault(row.sheetId(), List.of())));
        }
        return scored;
    }

    /** Checks the 汇总表 row against its sheet where a report printed one; {@code scored} is null without a sheet. */
    private SummaryRow withScore(SummaryRow row, SheetScoring.Scored scored) {
        PublishedResult published = row.published();
        if (scored == null || published == null) {
            return row.scored(scored, List.of());
        }
        return row.scored(scored, summaryCheck.check(published, scored.input(), scored.result()));
    }

    private static List<String> gradeNames() {
        return RuleProfile.nationalDefault().gradeNames();
    }
}
