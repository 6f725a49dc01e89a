package com.jixiao.demo;

import com.jixiao.department.Department;
import com.jixiao.department.DepartmentRepository;
import com.jixiao.department.Office;
import com.jixiao.department.OfficeRepository;
import com.jixiao.narrative.NarrativeReport;
import com.jixiao.narrative.NarrativeReportRepository;
import com.jixiao.narrative.NarrativeService;
import com.jixiao.project.Project;
import com.jixiao.project.ProjectRepository;
import com.jixiao.sheet.FundsLine;
import com.jixiao.sheet.FundsLineKind;
import com.jixiao.sheet.Indicator;
import com.jixiao.sheet.ScoreSheet;
import com.jixiao.sheet.ScoreSheetRepository;
import java.util.List;
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
        report.setSummaryTitle(data.summaryTitle());
        report.setSealLine(data.sealLine());
        report.setUnitLine(data.unitLine());
        report.setPrintedAverageScore(data.printedAverageScore());
        addSections(report, data.sections());
        // As the migration did for reports imported before versions existed: the filed text is version 1.
        narratives.saveImported(report, "导入");
    }

    private void importProject(Department department, int year, SeedDocument.ProjectData data) {
        SeedDocument.Summary summary = data.summary();
        SeedDocument.Sheet sheetData = data.sheet();
        Project project = new Project(department, year, data.seq(),
                sheetData != null ? sheetData.projectName() : summary.projectName());
        project.setSummaryName(summary.projectName());
        project.setUsingOfficeName(summary.officeName());
        project.setPublishedFunds(summary.funds());
        project.setPublishedScore(summary.score());
        project.setPublishedGrade(summary.grade());
        project.setContact(summary.contact());
        if (sheetData != null) {
            project.setCode(sheetData.code());
            project.setSupervisingOffice(office(department, sheetData.supervisingOffice()));
            project.setImplementingOffice(office(department, sheetData.implementingOffice()));
        }
        projects.save(project);
        if (sheetData != null) {
            sheets.save(sheet(project, sheetData));
        }
        if (data.report() != null) {
            SeedDocument.ProjectReport reportData = data.report();
            NarrativeReport report = new NarrativeReport(department, year, project, reportData.title());
            report.setPreamble(reportData.preamble());
            report.setClosing(reportData.closing());
            addSections(report, reportData.sections());
            reports.save(report);
        }
    }

    private static ScoreSheet sheet(Project project, SeedDocument.Sheet data) {
        ScoreSheet sheet = new ScoreSheet(project);
        sheet.setTitle(data.title());
        sheet.setYearLabel(data.yearLabel());
        sheet.setExpectedGoal(data.expectedGoal());
        sheet.setActualResult(data.actualResult());
        sheet.setEnteredTotalWeight(data.printedTotalWeight());
        sheet.setEnteredTotal(data.printedTotalScore());
        sheet.setTranscriptionNotes(data.transcriptionNotes());
        sheet.setFundsWeight(data.funds().weight());
        sheet.setFundsEnteredScore(data.funds().enteredScore());
        sheet.setFundsPrintedRate(data.funds().printedRate());
        for (SeedDocument.FundsLineData lineData : data.funds().lines()) {
            FundsLine line = sheet.fundsLine(FundsLineKind.valueOf(lineData.kind()));
            line.setInitialBudget(lineData.initialBudget());
            line.setAnnualBudget(lineData.annualBudget());
            line.setExecuted(lineData.executed());
            line.setPrintedRate(lineData.printedRate());
        }
        for (SeedDocument.Level1 level1Data : data.level1()) {
            Indicator level1 = sheet.addLevel1(level1Data.name(), level1Data.weight());
            for (SeedDocument.Level2 level2Data : level1Data.level2()) {
                Indicator level2 = sheet.addChild(level1, level2Data.name());
                level2.setNote(level2Data.note());
                for (SeedDocument.Row rowData : level2Data.indicators()) {
                    Indicator row = sheet.addChild(level2, rowData.name());
                    row.setTargetText(rowData.target());
                    row.setActualText(rowData.actual());
                    row.setWeight(rowData.weight());
                    row.setEnteredScore(rowData.score());
                    row.setDeviationNote(rowData.deviationNote());
                }
            }
        }
        // These reports were filed: they arrive as submitted for review, not as drafts.
        sheet.markSubmitted();
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
