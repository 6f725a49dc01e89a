package com.jixiao.sheet;

import com.jixiao.common.web.NotFoundException;
import com.jixiao.project.Project;
import com.jixiao.report.NarrativeReportRepository;
import java.util.List;
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

    /**
     * The 附1 page of a sheet in a constant number of statements (sheet with project and offices,
     * funds lines, indicators, project report) however many rows it has.
     *
     * @throws NotFoundException when there is no such sheet
     */
    public SheetPage page(Long sheetId) {
        ScoreSheet sheet = sheets.findWithProject(sheetId)
                .orElseThrow(() -> new NotFoundException("没有编号为 " + sheetId + " 的绩效自评表。"));
        Project project = sheet.getProject();
        List<FundsLine> fundsLines = sheets.findFundsLines(sheetId);
        SheetTree tree = SheetTree.of(sheets.findIndicators(sheetId));
        return new SheetPage(sheet, project, project.getDepartment(), fundsLines, tree,
                scoring.scored(sheet, fundsLines, tree), reports.findProjectReport(project.getId()).orElse(null));
    }
}
