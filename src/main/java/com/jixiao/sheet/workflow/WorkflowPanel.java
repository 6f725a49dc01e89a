package com.jixiao.sheet.workflow;

import com.jixiao.sheet.Indicator;
import java.util.List;

/**
 * What the sheet page offers the current user, and the sheet's review thread.
 *
 * @param returnRows the 三级 rows a head may attach a remark to when returning; empty unless {@code canReturn}
 */
public record WorkflowPanel(Long sheetId, long version, boolean canSubmit, boolean canApprove, boolean canReturn,
                            boolean canReopen, ReviewThread thread, List<Indicator> returnRows) {

    public boolean hasActions() {
        return canSubmit || canApprove || canReturn || canReopen;
    }
}
