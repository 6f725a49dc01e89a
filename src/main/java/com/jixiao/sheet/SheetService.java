package com.jixiao.sheet;

import com.jixiao.common.web.NotFoundException;
import com.jixiao.project.Project;
import com.jixiao.report.NarrativeReportRepository;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@RequiredArgsConstructor
@Transactional(readOnly = true)
public class SheetService {

    private final ScoreSheetRepository sheets;
    private final NarrativeReportRepository reports;

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
        return new SheetPage(sheet, project, project.getDepartment(), sheets.findFundsLines(sheetId),
                SheetTree.of(sheets.findIndicators(sheetId)), reports.findProjectReport(project.getId()).orElse(null));
    }
}
