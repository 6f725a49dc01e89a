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
        List<YearFigures.ProjectScore> belowGood = page.rows().stream()
                .filter(row -> row.computedGrade() != null && grades.indexOf(row.computedGrade()) > 1)
                .map(row -> new YearFigures.ProjectScore(row.displayName(), row.computedTotal(),
                        row.computedGrade()))
                .toList();
        List<YearFigures.ProjectRate> lowExecution = page.rows().stream()
                .filter(row -> row.executionRate() != null && row.executionRate().compareTo(LOW_EXECUTION) < 0)
                .map(row -> new YearFigures.ProjectRate(row.displayName(), row.executionRate()))
                .toList();
        List<YearFigures.MissingNote> missingNotes = page.rows().stream()
                .flatMap(row -> row.findings().stream()
                        .filter(finding -> finding.code().equals(FindingCodes.DEVIATION_NOTE_MISSING))
                        .map(finding -> new YearFigures.MissingNote(row.displayName(), finding.path())))
                .toList();
        List<YearFigures.Attachment> attachments = page.rows().stream()
                .map(row -> new YearFigures.Attachment(row.displayName(), row.sheetId()))
                .toList();
        return Optional.of(new YearFigures(page.title(), page.rows().size(), page.unsubmitted().size(),
                totals.totalInitialBudget(), totals.totalAnnualBudget(), totals.totalExecuted(),
                totals.executionRate(), totals.averageComputedScore(), totals.computedGradeCounts(), belowGood,
                lowExecution, missingNotes, attachments));
    }
}
