package com.jixiao.sheet;

import java.util.EnumSet;
import java.util.Set;

/**
 * The review workflow's transition table, the one place it is written: each move, the statuses it may start from and
 * the status it leads to. {@link ScoreSheet} refuses any other move; pages ask {@link #allowedFrom} which buttons to
 * offer.
 */
public enum SheetTransition {
    /** 送审: the officer sends a complete draft or returned sheet to the department head. */
    SUBMIT("提交", SheetStatus.SUBMITTED, SheetStatus.DRAFT, SheetStatus.RETURNED),
    /** 审核通过: the sheet becomes read-only. */
    APPROVE("审核通过", SheetStatus.APPROVED, SheetStatus.SUBMITTED),
    /** 退回: back to the officer with a comment. */
    RETURN("退回", SheetStatus.RETURNED, SheetStatus.SUBMITTED),
    /** 重新打开: an approved sheet goes back to the officer, with a reason. */
    REOPEN("重新打开", SheetStatus.RETURNED, SheetStatus.APPROVED),
    /**
     * A report that was filed on paper, transcribed as it was submitted (the demo's seed report): it arrives
     * submitted, whatever its completeness, since the department already sent it.
     */
    RECORD_FILED("登记为已报送", SheetStatus.SUBMITTED, SheetStatus.DRAFT);

    private final String label;
    private final SheetStatus to;
    private final Set<SheetStatus> from;

    SheetTransition(String label, SheetStatus to, SheetStatus first, SheetStatus... more) {
        this.label = label;
        this.to = to;
        this.from = EnumSet.of(first, more);
    }

    /** The action's name in a refusal: 自评表当前状态为“草稿”，不能{label}。 */
    public String label() {
        return label;
    }

    public SheetStatus to() {
        return to;
    }

    public boolean allowedFrom(SheetStatus status) {
        return from.contains(status);
    }
}
