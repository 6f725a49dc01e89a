package com.jixiao.sheet.workflow;

import com.jixiao.sheet.SheetStatus;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The conversation around a sheet, oldest first: every submit, return, approval and reopening with who, when and why,
 * and the remarks a head attached to single 三级 rows. While the sheet is 已退回, {@link #openReturn()} is the step that
 * sent it back and {@link #remarkFor} marks the rows it pointed at.
 */
public record ReviewThread(List<Entry> entries, SheetStatus status) {

    /** One step and the row remarks attached to it. */
    public record Entry(SheetReview review, List<SheetReviewRemark> remarks) {
    }

    /** The return (or reopening) the officer still has to answer; null unless the sheet is 已退回. */
    public Entry openReturn() {
        if (status != SheetStatus.RETURNED || entries.isEmpty()) {
            return null;
        }
        Entry last = entries.get(entries.size() - 1);
        return last.review().getToStatus() == SheetStatus.RETURNED ? last : null;
    }

    /** The open return's remark on a row; null when it has none (or the sheet is not 已退回). */
    public String remarkFor(Long indicatorId) {
        Entry open = openReturn();
        if (open == null || indicatorId == null) {
            return null;
        }
        return remarksByRow(open).get(indicatorId);
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }

    private static Map<Long, String> remarksByRow(Entry entry) {
        return entry.remarks().stream().filter(r -> r.getIndicatorId() != null)
                .collect(Collectors.toMap(SheetReviewRemark::getIndicatorId, SheetReviewRemark::getRemark,
                        (a, b) -> a + "；" + b));
    }
}
