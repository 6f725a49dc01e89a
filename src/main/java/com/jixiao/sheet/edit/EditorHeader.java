package com.jixiao.sheet.edit;

import com.jixiao.scoring.RuleProfile;
import com.jixiao.sheet.ScoreSheet;
import com.jixiao.sheet.SheetScoring;
import com.jixiao.sheet.SheetStatus;

/** What the editor shows about the sheet besides the form: project, year, status. Read inside a transaction. */
public record EditorHeader(Long sheetId, Long projectId, String projectName, String projectCode, int fiscalYear,
                           Long departmentId, String departmentName, SheetStatus status, String title,
                           RuleProfile profile) {

    static EditorHeader of(ScoreSheet sheet) {
        var project = sheet.getProject();
        return new EditorHeader(sheet.getId(), project.getId(), project.getName(), project.getCode(),
                project.getFiscalYear(), project.getDepartment().getId(), project.getDepartment().getName(),
                sheet.getStatus(), sheet.getTitle() != null ? sheet.getTitle() : project.getName() + "项目支出绩效自评表",
                SheetScoring.profileOf(sheet));
    }

    public boolean editable() {
        return status.isEditable();
    }
}
