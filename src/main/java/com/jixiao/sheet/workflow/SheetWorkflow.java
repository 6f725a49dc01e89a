package com.jixiao.sheet.workflow;

import org.springframework.modulith.NamedInterface;
import com.jixiao.audit.AuditTrail;
import com.jixiao.common.web.NotFoundException;
import com.jixiao.security.ScopeGuard;
import com.jixiao.security.UserPrincipal;
import com.jixiao.sheet.ScoreSheet;
import com.jixiao.sheet.ScoreSheetRepository;
import com.jixiao.sheet.SheetStateException;
import com.jixiao.sheet.SheetStatus;
import com.jixiao.sheet.SheetTransition;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import com.jixiao.common.metrics.JixiaoMeters;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moves sheets through review: 草稿/已退回 → 已提交 (officer), 已提交 → 已通过 or 已退回 (head),
 * 已通过 → 已退回 (head, with a reason). The sheet itself refuses illegal transitions and incomplete
 * submissions; this service adds who may do them and the record of each step in {@code sheet_review}
 * and the audit trail.
 */
@NamedInterface("workflow")
@Service
@RequiredArgsConstructor
@Transactional(readOnly = true)
public class SheetWorkflow {

    static final int MAX_COMMENT = 2000;

    private final ScoreSheetRepository sheets;
    private final SheetReviewRepository reviews;
    private final ScopeGuard guard;
    private final AuditTrail audit;
    private final JixiaoMeters meters;

    /**
     * @param expectedVersion the version the user saw; null skips the check
     * @throws NotFoundException   for a missing or out-of-scope sheet
     * @throws SheetStateException when the sheet cannot be submitted now, or is incomplete
     *                             ({@link com.jixiao.sheet.IncompleteSheetException})
     */
    @Transactional
    public void submit(Long sheetId, Long expectedVersion) {
        ScoreSheet sheet = load(sheetId, expectedVersion);
        guard.checkCanSubmit(departmentId(sheet));
        transition(sheet, ReviewAction.SUBMIT, null, ignored -> sheet.submit());
    }

    /** 送审 from the editor, of a sheet it has just saved and found complete: recorded like the button's. */
    @Transactional
    public void submitSaved(ScoreSheet sheet) {
        guard.checkCanSubmit(departmentId(sheet));
        transition(sheet, ReviewAction.SUBMIT, null, ignored -> sheet.submit());
    }

    @Transactional
    public void approve(Long sheetId, Long expectedVersion) {
        ScoreSheet sheet = load(sheetId, expectedVersion);
        guard.checkCanReview(departmentId(sheet));
        transition(sheet, ReviewAction.APPROVE, null, ignored -> sheet.approve());
    }

    @Transactional
    public void returnForRevision(Long sheetId, Long expectedVersion, String comment) {
        ScoreSheet sheet = load(sheetId, expectedVersion);
        guard.checkCanReview(departmentId(sheet));
        transition(sheet, ReviewAction.RETURN, comment, sheet::returnForRevision);
    }

    @Transactional
    public void reopen(Long sheetId, Long expectedVersion, String reason) {
        ScoreSheet sheet = load(sheetId, expectedVersion);
        guard.checkCanReview(departmentId(sheet));
        transition(sheet, ReviewAction.REOPEN, reason, sheet::reopen);
    }

    /** The buttons the current user gets on the sheet page, and the review history. */
    public WorkflowPanel panel(Long sheetId) {
        ScoreSheet sheet = load(sheetId, null);
        Long departmentId = departmentId(sheet);
        SheetStatus status = sheet.getStatus();
        boolean review = guard.canReview(departmentId);
        return new WorkflowPanel(sheetId, sheet.getVersion(),
                guard.canSubmit(departmentId) && SheetTransition.SUBMIT.allowedFrom(status),
                review && SheetTransition.APPROVE.allowedFrom(status),
                review && SheetTransition.RETURN.allowedFrom(status),
                review && SheetTransition.REOPEN.allowedFrom(status),
                reviews.findBySheetIdOrderByOccurredAtAscIdAsc(sheetId));
    }

    private ScoreSheet load(Long sheetId, Long expectedVersion) {
        ScoreSheet sheet = sheets.findWithProject(sheetId).orElseThrow(() -> notFound(sheetId));
        guard.requireView(departmentId(sheet), () -> notFound(sheetId));
        if (expectedVersion != null && expectedVersion != sheet.getVersion()) {
            throw new SheetStateException("该自评表在您打开之后已被他人修改，请查看最新内容后再操作。");
        }
        return sheet;
    }

    private void transition(ScoreSheet sheet, ReviewAction action, String comment, Consumer<String> change) {
        if (comment != null && comment.length() > MAX_COMMENT) {
            throw new SheetStateException("意见不能超过 " + MAX_COMMENT + " 字。");
        }
        String text = comment == null ? null : comment.strip();
        SheetStatus from = sheet.getStatus();
        change.accept(text);
        if (action == ReviewAction.SUBMIT) {
            meters.sheetSubmitted();
        }
        UserPrincipal user = guard.currentUser().orElseThrow();
        reviews.save(new SheetReview(sheet.getId(), action, from, sheet.getStatus(), text, user.getUsername(),
                user.displayName()));
        // The project's name as it is now: the trail shows the sheet by it even after a later rename.
        String name = sheet.getProject().getName();
        Map<String, Object> before = new LinkedHashMap<>();
        before.put("name", name);
        before.put("status", from.name());
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("name", name);
        after.put("status", sheet.getStatus().name());
        if (text != null) {
            after.put(action == ReviewAction.RETURN ? "comment" : "reason", text);
        }
        audit.record("SHEET_" + action.name(), "ScoreSheet", sheet.getId(), departmentId(sheet), before, after);
    }

    private static Long departmentId(ScoreSheet sheet) {
        return sheet.getProject().getDepartment().getId();
    }

    /** Same message for a missing and an out-of-scope sheet: see {@code SheetService}. */
    static NotFoundException notFound(Long sheetId) {
        return new NotFoundException("没有编号为 " + sheetId + " 的绩效自评表。");
    }
}
