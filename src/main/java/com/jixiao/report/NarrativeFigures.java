package com.jixiao.report;

import com.jixiao.common.web.NotFoundException;
import com.jixiao.narrative.YearFigures;
import com.jixiao.narrative.YearFiguresSource;
import com.jixiao.scoring.FindingCodes;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

/**
 * The 汇总表's numbers for the 自评报告 (module narrative), so that the report is drafted from exactly what the 汇总表
 * shows: the results only, computed scores and grades, Σ执行/Σ预算.
 */
@Component
@RequiredArgsConstructor
class NarrativeFigures implements YearFiguresSource {

    /** 执行率 below this asks for a 偏差原因分析 (财预〔2020〕10号), and the report names the project. */
    private static final BigDecimal LOW_EXECUTION = new BigDecimal("0.9");

    private final SummaryService summaries;

    @Override
    public Optional<YearFigures> figures(Long departmentId, int year) {
        SummaryPage page;
        try {
            page = summaries.summary(departmentId, year);
        } catch (NotFoundException e) {
            return Optional.empty();
        }
        SummaryTotals totals = page.totals();
        List<String> grades = page.gradeNames();
        // Grades after the second (优, 良 | 中, 差) are below 良.
        List<YearFigures.ProjectScore> belowGood = page.lines().stream()
                .filter(line -> line.computedGrade() != null && grades.indexOf(line.computedGrade()) > 1)
                .map(line -> new YearFigures.ProjectScore(line.row().displayName(), line.computedTotal(),
                        line.computedGrade()))
                .toList();
        List<YearFigures.ProjectRate> lowExecution = page.lines().stream()
                .filter(line -> line.executionRate() != null && line.executionRate().compareTo(LOW_EXECUTION) < 0)
                .map(line -> new YearFigures.ProjectRate(line.row().displayName(), line.executionRate()))
                .toList();
        List<YearFigures.MissingNote> missingNotes = page.lines().stream()
                .flatMap(line -> line.findings().stream()
                        .filter(finding -> finding.code().equals(FindingCodes.DEVIATION_NOTE_MISSING))
                        .map(finding -> new YearFigures.MissingNote(line.row().displayName(), finding.path())))
                .toList();
        List<YearFigures.Attachment> attachments = page.lines().stream()
                .map(line -> new YearFigures.Attachment(line.row().displayName(), line.row().sheetId()))
                .toList();
        return Optional.of(new YearFigures(page.title(), page.lines().size(), page.unsubmitted().size(),
                totals.totalInitialBudget(), totals.totalAnnualBudget(), totals.totalExecuted(),
                totals.executionRate(), totals.averageComputedScore(), totals.computedGradeCounts(), belowGood,
                lowExecution, missingNotes, attachments));
    }
}
