package com.jixiao.sheet;

import com.jixiao.common.web.NotFoundException;
import com.jixiao.narrative.NarrativeReportRepository;
import com.jixiao.project.Project;
import com.jixiao.security.ScopeGuard;
import java.util.List;
import java.util.function.Supplier;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@RequiredArgsConstructor
@Transactional(readOnly = true)
public class SheetService {

    private final ScoreSheetRepository sheets;
    private final NarrativeReportRepository reports;
    private final SheetScoring scoring;
    private final ScopeGuard guard;

    /**
     * The 附1 page of a sheet in a constant number of statements (sheet with project and offices,
     * funds lines, indicators, project report) however many rows it has.
     *
     * @throws NotFoundException when there is no such sheet or it is outside the user's scope
     */
    public SheetPage page(Long sheetId) {
        ScoreSheet sheet = visible(sheetId);
        Project project = sheet.getProject();
        List<FundsLine> fundsLines = sheet.getFundsLines();
        SheetTree tree = SheetTree.of(sheets.findIndicators(sheetId));
        return new SheetPage(sheet, project, project.getDepartment(), fundsLines, tree,
                scoring.scored(sheet, fundsLines, tree), reports.findProjectReport(project.getId()).orElse(null));
    }

    /**
     * The sheet, if the current user is its department's 填报人 — whatever its status, so that the
     * editor can show a submitted sheet read-only with a message instead of an error.
     *
     * @throws NotFoundException for a missing or out-of-scope sheet
     * @throws org.springframework.security.access.AccessDeniedException when the user is not the
     *                           department's 填报人
     */
    public ScoreSheet ofOwnDepartment(Long sheetId) {
        ScoreSheet sheet = visible(sheetId);
        guard.checkCanEdit(sheet.getProject().getDepartment().getId());
        return sheet;
    }

    /** A missing and an out-of-scope sheet answer the same 404, so ids reveal nothing. */
    private ScoreSheet visible(Long sheetId) {
        Supplier<NotFoundException> notFound = () -> new NotFoundException("没有编号为 " + sheetId + " 的绩效自评表。");
        ScoreSheet sheet = sheets.findWithProject(sheetId).orElseThrow(notFound);
        guard.requireView(sheet.getProject().getDepartment().getId(), notFound);
        return sheet;
    }
}
