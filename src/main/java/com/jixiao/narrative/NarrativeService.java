package com.jixiao.narrative;

import com.jixiao.audit.AuditAction;
import com.jixiao.audit.AuditTrail;
import com.jixiao.common.input.TextBounds;
import com.jixiao.common.web.NotFoundException;
import com.jixiao.department.Department;
import com.jixiao.department.DepartmentService;
import com.jixiao.security.ScopeGuard;
import com.jixiao.security.UserPrincipal;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The department's 自评报告: read, drafted from the year's figures, saved as versions, submitted. Every check of who
 * may do what goes through {@link ScopeGuard} before anything is read or changed; every change is audited.
 */
@Service
@RequiredArgsConstructor
@Transactional(readOnly = true)
public class NarrativeService {

    /** A section's body: a report runs to a few pages; a 1 MB paste is refused, not stored. */
    static final int BODY_MAX = 20_000;
    static final int TITLE_MAX = 300;
    static final int SECTIONS_MAX = 20;

    private final DepartmentService departments;
    private final NarrativeReportRepository reports;
    private final NarrativeVersionRepository versions;
    private final YearFiguresSource figuresSource;
    private final ScopeGuard guard;
    private final AuditTrail audit;

    /**
     * The report page: the current text, or for a year without one, the draft from the data (not saved).
     *
     * @throws NotFoundException for a department outside the user's scope or a year without projects
     */
    public ReportPage page(Long departmentId, int year) {
        Department department = departments.get(departmentId);
        YearFigures figures = figures(department, year);
        NarrativeReport report = reports.findDepartmentReport(departmentId, year).orElse(null);
        List<VersionListRow> history = report == null ? List.of() : versions.findHistory(report.getId());
        return new ReportPage(department, year, report, figures, history);
    }

    /**
     * The editor's form: the current text, or the draft from the data when there is none or {@code redraft}.
     *
     * @throws NotFoundException for a department outside the user's scope or a year without projects
     */
    public EditorPage editor(Long departmentId, int year, boolean redraft) {
        guard.checkCanDraftReport(departmentId);
        ReportPage page = page(departmentId, year);
        NarrativeReport report = page.report();
        Long lockVersion = report == null ? null : report.getLockVersion();
        NarrativeForm form;
        if (report == null || redraft) {
            String title = report == null ? NarrativeReport.forDepartment(page.department(), year).getTitle()
                    : report.getTitle();
            form = NarrativeForm.of(title, NarrativeDraft.write(page.department().getName(), year, page.figures()),
                    lockVersion);
        } else {
            List<SectionText> current = report.getSections().stream()
                    .map(section -> new SectionText(section.getHeading(), section.getBody())).toList();
            form = NarrativeForm.of(report.getTitle(), current, lockVersion);
        }
        return new EditorPage(page, form);
    }

    /**
     * Saves the form as the next version.
     *
     * @return the number of the version saved
     * @throws NarrativeInputException     for a form that cannot be saved (too long, no heading): nothing is saved
     * @throws NarrativeConflictException  when someone saved since the form was opened
     * @throws NarrativeStateException     when the report is 已提交
     */
    @Transactional
    public int save(Long departmentId, int year, NarrativeForm form) {
        guard.checkCanDraftReport(departmentId);
        Department department = departments.get(departmentId);
        figures(department, year);
        List<SectionText> sections = validated(form);
        NarrativeReport report = reports.findDepartmentReport(departmentId, year).orElse(null);
        checkNotStale(report, form.openedOn());
        Map<String, Object> before = report == null || report.getCurrentVersion() == 0 ? null : text(report);
        if (report == null) {
            report = NarrativeReport.forDepartment(department, year);
        }
        NarrativeVersion version = report.revise(form.getTitle().strip(), sections, username(), OffsetDateTime.now());
        // saveAndFlush: a concurrent save of the same report (same lock version) fails here, inside the request.
        report = reports.saveAndFlush(report);
        versions.save(version);
        audit.record(AuditAction.NARRATIVE_SAVE.name(), "NarrativeReport", report.getId(), departmentId, before,
                text(report));
        return version.getNumber();
    }

    /** Marks the report 已提交. @throws NarrativeConflictException when the page shown was not the current text */
    @Transactional
    public void submit(Long departmentId, int year, Long lockVersion) {
        guard.checkCanSubmitReport(departmentId);
        NarrativeReport report = existing(departmentId, year);
        checkNotStale(report, lockVersion);
        report.submit(username(), OffsetDateTime.now());
        reports.saveAndFlush(report);
        audit.record(AuditAction.NARRATIVE_SUBMIT.name(), "NarrativeReport", report.getId(), departmentId,
                Map.of("name", report.getTitle(), "status", "DRAFT"),
                Map.of("name", report.getTitle(), "status", "SUBMITTED", "version", report.getCurrentVersion()));
    }

    /** Withdraws the submission so that the report can be edited again. */
    @Transactional
    public void reopen(Long departmentId, int year, Long lockVersion) {
        guard.checkCanSubmitReport(departmentId);
        NarrativeReport report = existing(departmentId, year);
        checkNotStale(report, lockVersion);
        report.reopen();
        reports.saveAndFlush(report);
        audit.record(AuditAction.NARRATIVE_REOPEN.name(), "NarrativeReport", report.getId(), departmentId,
                Map.of("name", report.getTitle(), "status", "SUBMITTED"),
                Map.of("name", report.getTitle(), "status", "DRAFT"));
    }

    /** An older (or the current) version as it was saved. */
    public VersionPage version(Long departmentId, int year, int number) {
        ReportPage page = page(departmentId, year);
        if (page.report() == null) {
            throw noReport(page.department(), year);
        }
        NarrativeVersion version = versions.findVersion(page.report().getId(), number)
                .orElseThrow(() -> new NotFoundException("自评报告没有第 " + number + " 版。"));
        return new VersionPage(page, version);
    }

    /** The report of an imported department-year becomes its version 1 (the seed loader). */
    @Transactional
    public void saveImported(NarrativeReport report, String importedBy) {
        NarrativeVersion version = report.snapshot(importedBy, OffsetDateTime.now());
        reports.save(report);
        versions.save(version);
    }

    private NarrativeReport existing(Long departmentId, int year) {
        Department department = departments.get(departmentId);
        return reports.findDepartmentReport(departmentId, year).orElseThrow(() -> noReport(department, year));
    }

    private static NotFoundException noReport(Department department, int year) {
        return new NotFoundException(department.getName() + " 还没有保存 " + year + " 年度的自评报告。");
    }

    private YearFigures figures(Department department, int year) {
        return figuresSource.figures(department.getId(), year)
                .orElseThrow(() -> new NotFoundException(department.getName() + " 没有 " + year + " 年度的项目。"));
    }

    private static void checkNotStale(NarrativeReport report, Long lockVersion) {
        long current = report == null ? -1 : report.getLockVersion();
        long expected = lockVersion == null ? -1 : lockVersion;
        if (current != expected) {
            throw new NarrativeConflictException(report);
        }
    }

    private static List<SectionText> validated(NarrativeForm form) {
        Map<String, String> errors = new LinkedHashMap<>();
        String title = form.getTitle() == null ? "" : form.getTitle().strip();
        if (title.isEmpty()) {
            errors.put("title", "请填写报告标题。");
        } else if (TextBounds.length(title) > TITLE_MAX) {
            errors.put("title", "报告标题不能超过 " + TITLE_MAX + " 个字。");
        }
        List<SectionText> sections = form.sections();
        if (sections.isEmpty() || sections.size() > SECTIONS_MAX) {
            errors.put("sections", "报告应有 1 至 " + SECTIONS_MAX + " 个部分。");
        }
        for (int i = 0; i < sections.size() && i < SECTIONS_MAX; i++) {
            SectionText section = sections.get(i);
            if (section.heading().isEmpty()) {
                errors.put("headings[" + i + "]", "请填写这一部分的标题。");
            } else if (TextBounds.length(section.heading()) > TITLE_MAX) {
                errors.put("headings[" + i + "]", "标题不能超过 " + TITLE_MAX + " 个字。");
            }
            if (TextBounds.length(section.body()) > BODY_MAX) {
                errors.put("bodies[" + i + "]", "这一部分不能超过 " + BODY_MAX + " 个字，现有 "
                        + TextBounds.length(section.body()) + " 个字。");
            }
        }
        if (!errors.isEmpty()) {
            throw new NarrativeInputException(errors);
        }
        return sections;
    }

    /** What the trail records of a version: the title and every section's text, so a change shows before → after. */
    private static Map<String, Object> text(NarrativeReport report) {
        Map<String, Object> sections = new LinkedHashMap<>();
        report.getSections().forEach(section -> sections.put(section.getHeading(), section.getBody()));
        Map<String, Object> text = new LinkedHashMap<>();
        text.put("name", report.getTitle());
        text.put("year", report.getFiscalYear());
        text.put("version", report.getCurrentVersion());
        text.put("sections", sections);
        return text;
    }

    private String username() {
        return guard.currentUser().map(UserPrincipal::getUsername).orElse("");
    }

    /** Everything the report page shows. {@code report} is null while nothing has been saved for the year. */
    public record ReportPage(Department department, int fiscalYear, NarrativeReport report, YearFigures figures,
                             List<VersionListRow> history) {

        /** The draft a year without a report shows, so that the page is never empty. */
        public List<SectionText> draft() {
            return NarrativeDraft.write(department.getName(), fiscalYear, figures);
        }
    }

    public record EditorPage(ReportPage page, NarrativeForm form) {
    }

    public record VersionPage(ReportPage page, NarrativeVersion version) {
    }
}
