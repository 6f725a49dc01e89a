package com.jixiao.demo;

import com.jixiao.department.Department;
import com.jixiao.department.DepartmentRepository;
import com.jixiao.department.Office;
import com.jixiao.department.OfficeRepository;
import com.jixiao.narrative.NarrativeReport;
import com.jixiao.narrative.NarrativeReportRepository;
import com.jixiao.narrative.NarrativeService;
import com.jixiao.project.Project;
import com.jixiao.project.ProjectDetails;
import com.jixiao.project.ProjectRepository;
import com.jixiao.sheet.FundsEntry;
import com.jixiao.sheet.FundsLineKind;
import com.jixiao.sheet.Indicator;
import com.jixiao.sheet.IndicatorEntry;
import com.jixiao.sheet.ScoreSheet;
import com.jixiao.sheet.ScoreSheetRepository;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import lombok.extern.slf4j.Slf4j;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes a transcribed report into the database, exactly as printed. Importing the same
 * department-year twice is a no-op, so restarts and repeated commands create no duplicates.
 */
@Slf4j
@Service
@RequiredArgsConstructor
@Transactional(readOnly = true)
public class SeedImporter {

    private final DepartmentRepository departments;
    private final OfficeRepository offices;
    private final ProjectRepository projects;
    private final ScoreSheetRepository sheets;
    private final NarrativeReportRepository reports;
    private final NarrativeService narratives;

    /** @return true when the document was imported, false when its department-year already exists */
    @Transactional
    public boolean importDocument(SeedDocument document) {
        Department department = departments.findByName(document.department().name())
                .orElseGet(() -> departments.save(
                        new Department(document.department().name(), document.department().shortName())));
        if (projects.countByDepartmentIdAndFiscalYear(department.getId(), document.fiscalYear()) > 0) {
            log.info("Seed {} {} already loaded, skipped", department.getName(), document.fiscalYear());
            return false;
        }
        importDepartmentReport(department, document);
        for (SeedDocument.ProjectData data : document.projects()) {
            importProject(department, document.fiscalYear(), data);
        }
        log.info("Seed {} {}: {} projects loaded", department.getName(), document.fiscalYear(),
                document.projects().size());
        return true;
    }

    private void importDepartmentReport(Department department, SeedDocument document) {
        SeedDocument.DepartmentReport data = document.report();
        NarrativeReport report = new NarrativeReport(department, document.fiscalYear(), null, data.title());
        report.recordFiledText(null, null, data.summaryTitle(), data.sealLine(), data.unitLine(),
                data.printedAverageScore());
        addSections(report, data.sections());
        // As the migration did for reports imported before versions existed: the filed text is version 1.
        narratives.saveImported(report, "导入");
    }

    private void importProject(Department department, int year, SeedDocument.ProjectData data) {
        SeedDocument.Summary summary = data.summary();
        SeedDocument.Sheet sheetData = data.sheet();
        Project project = sheetData == null ? new Project(department, year, data.seq(), summary.projectName())
                : new Project(new ProjectDetails(department, year, sheetData.projectName(), sheetData.code(),
                        office(department, sheetData.supervisingOffice()),
                        office(department, sheetData.implementingOffice()), null), data.seq());
        project.recordPublishedRow(summary.projectName(), summary.officeName(), summary.funds(), summary.score(),
                summary.grade(), summary.contact());
        projects.save(project);
        if (sheetData != null) {
            sheets.save(sheet(project, sheetData));
        }
        if (data.report() != null) {
            SeedDocument.ProjectReport reportData = data.report();
            NarrativeReport report = new NarrativeReport(department, year, project, reportData.title());
            report.recordFiledText(reportData.preamble(), reportData.closing(), null, null, null, null);
            addSections(report, reportData.sections());
            reports.save(report);
        }
    }

    private static ScoreSheet sheet(Project project, SeedDocument.Sheet data) {
        ScoreSheet sheet = new ScoreSheet(project);
        sheet.retitle(data.title(), data.yearLabel());
        sheet.noteTranscription(data.transcriptionNotes());
        sheet.reviseGoals(data.expectedGoal(), data.actualResult());
        sheet.reviseTotal(data.printedTotalWeight(), data.printedTotalScore());
        Map<FundsLineKind, FundsEntry.Amounts> lines = new EnumMap<>(FundsLineKind.class);
        for (SeedDocument.FundsLineData line : data.funds().lines()) {
            lines.put(FundsLineKind.valueOf(line.kind()), new FundsEntry.Amounts(line.initialBudget(),
                    line.annualBudget(), line.executed(), line.printedRate()));
        }
        sheet.reviseFunds(new FundsEntry(data.funds().weight(), data.funds().enteredScore(), data.funds().printedRate(),
                null, lines));
        for (SeedDocument.Level1 level1Data : data.level1()) {
            Indicator level1 = sheet.addLevel1(level1Data.name(), level1Data.weight(), null);
            for (SeedDocument.Level2 level2Data : level1Data.level2()) {
                Indicator level2 = sheet.addLevel2(level1, level2Data.name(), null, level2Data.note());
                for (SeedDocument.Row row : level2Data.indicators()) {
                    sheet.addRow(level2, new IndicatorEntry(row.name(), row.target(), row.actual(), row.weight(),
                            row.score(), null, null, row.deviationNote()));
                }
            }
        }
        // These reports were filed: they arrive as submitted for review, not as drafts.
        sheet.recordAsFiled();
        return sheet;
    }

    private Office office(Department department, String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        return offices.findByDepartmentAndName(department, name)
                .orElseGet(() -> offices.save(new Office(department, name)));
    }

    private static void addSections(NarrativeReport report, List<SeedDocument.Section> sections) {
        if (sections != null) {
            sections.forEach(section -> report.addSection(section.heading(), section.body()));
        }
    }
}
