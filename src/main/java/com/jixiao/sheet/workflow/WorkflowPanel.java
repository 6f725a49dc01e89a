package com.jixiao.sheet.workflow;

import java.util.List;

/** What the sheet page offers the current user, and the sheet's review history. */
public record WorkflowPanel(Long sheetId, long version, boolean canSubmit, boolean canApprove, boolean canReturn,
                            boolean canReopen, List<SheetReview> history) {

    public boolean hasActions() {
        return canSubmit || canApprove || canReturn || canReopen;
    }
}
