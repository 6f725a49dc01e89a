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
import com.jixiao.sheet.Indicator;
import com.jixiao.sheet.SheetTree;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.context.ApplicationEventPublisher;
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
    private final SheetReviewRemarkRepository remarks;
    private final ApplicationEventPublisher events;
    private final SheetChecks checks;

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

    /**
     * 批量通过, one sheet of it: as {@link #approve}, but a sheet whose scores show an error (a finding of severity
     * ERROR) is refused, since nobody read it before approving.
     *
     * @throws SheetStateException naming the errors, for a blocked sheet
     */
    @Transactional
    public void approveUnlessBlocked(Long sheetId, Long expectedVersion) {
        ScoreSheet sheet = load(sheetId, expectedVersion);
        guard.checkCanReview(departmentId(sheet));
        SheetChecks.Checked checked = checks.of(List.of(sheetId)).get(sheetId);
        if (checked.blocked()) {
            throw new SheetStateException("有 " + checked.blocking().size() + " 处错误，需逐张审核："
                    + checked.blockingReason());
        }
        transition(sheet, ReviewAction.APPROVE, null, ignored -> sheet.approve());
    }

    /**
     * 退回 with a comment, and optionally a remark on single 三级 rows of the sheet.
     *
     * @param rowRemarks remark by indicator id; blank remarks are ignored; may be empty, not null
     * @throws SheetStateException for a remark too long or on a row that is not a 三级 row of this sheet
     */
    @Transactional
    public void returnForRevision(Long sheetId, Long expectedVersion, String comment, Map<Long, String> rowRemarks) {
        ScoreSheet sheet = load(sheetId, expectedVersion);
        guard.checkCanReview(departmentId(sheet));
        List<SheetReviewRemark> pointed = new ArrayList<>();
        Map<Long, Indicator> rows = new LinkedHashMap<>();
        sheet.getIndicators().stream().filter(node -> node.getLevel() == 3).forEach(node -> rows.put(node.getId(), node));
        rowRemarks.forEach((indicatorId, remark) -> {
            if (remark == null || remark.isBlank()) {
                return;
            }
            Indicator row = rows.get(indicatorId);
            if (row == null) {
                throw new SheetStateException("所指的指标行不属于这张自评表，可能已被删除，请刷新后再退回。");
            }
            if (remark.length() > MAX_COMMENT) {
                throw new SheetStateException("对“" + row.getName() + "”的意见不能超过 " + MAX_COMMENT + " 字。");
            }
            pointed.add(new SheetReviewRemark(null, indicatorId, row.getName() == null ? "（未命名指标）" : row.getName(),
                    remark.strip()));
        });
        SheetReview review = transition(sheet, ReviewAction.RETURN, comment, sheet::returnForRevision,
                pointed.stream().map(r -> r.getIndicatorName() + "：" + r.getRemark()).toList());
        pointed.forEach(r -> remarks.save(new SheetReviewRemark(review.getId(), r.getIndicatorId(),
                r.getIndicatorName(), r.getRemark())));
    }

    @Transactional
    public void reopen(Long sheetId, Long expectedVersion, String reason) {
        ScoreSheet sheet = load(sheetId, expectedVersion);
        guard.checkCanReview(departmentId(sheet));
        transition(sheet, ReviewAction.REOPEN, reason, sheet::reopen);
    }

    /** The buttons the current user gets on the sheet page, and the review thread. */
    public WorkflowPanel panel(Long sheetId) {
        ScoreSheet sheet = load(sheetId, null);
        Long departmentId = departmentId(sheet);
        SheetStatus status = sheet.getStatus();
        boolean review = guard.canReview(departmentId);
        boolean canReturn = review && SheetTransition.RETURN.allowedFrom(status);
        // The 三级 rows a head may point at when returning, in the order of the sheet.
        List<Indicator> rows = canReturn ? SheetTree.of(sheets.findIndicators(sheetId)).level3Rows() : List.of();
        return new WorkflowPanel(sheetId, sheet.getVersion(),
                guard.canSubmit(departmentId) && SheetTransition.SUBMIT.allowedFrom(status),
                review && SheetTransition.APPROVE.allowedFrom(status), canReturn,
                review && SheetTransition.REOPEN.allowedFrom(status), thread(sheet), rows);
    }

    /** The review thread of a sheet for its editor; the sheet must be in the user's scope. */
    public ReviewThread thread(Long sheetId) {
        return thread(load(sheetId, null));
    }

    private ReviewThread thread(ScoreSheet sheet) {
        List<SheetReview> steps = reviews.findBySheetIdOrderByOccurredAtAscIdAsc(sheet.getId());
        // Remarks come only with returns: a sheet never returned costs no second statement.
        boolean returned = steps.stream().anyMatch(step -> step.getAction() == ReviewAction.RETURN);
        Map<Long, List<SheetReviewRemark>> byReview = new LinkedHashMap<>();
        if (returned) {
            remarks.findBySheet(sheet.getId()).forEach(r ->
                    byReview.computeIfAbsent(r.getReviewId(), id -> new ArrayList<>()).add(r));
        }
        return new ReviewThread(steps.stream().map(step -> new ReviewThread.Entry(step,
                byReview.getOrDefault(step.getId(), List.of()))).toList(), sheet.getStatus());
    }

    private ScoreSheet load(Long sheetId, Long expectedVersion) {
        ScoreSheet sheet = sheets.findWithProject(sheetId).orElseThrow(() -> notFound(sheetId));
        guard.requireView(departmentId(sheet), () -> notFound(sheetId));
        if (expectedVersion != null && expectedVersion != sheet.getVersion()) {
            throw new SheetStateException("该自评表在您打开之后已被他人修改，请查看最新内容后再操作。");
        }
        return sheet;
    }

    private SheetReview transition(ScoreSheet sheet, ReviewAction action, String comment, Consumer<String> change) {
        return transition(sheet, action, comment, change, List.of());
    }

    /** @param rowNotes the head's remarks on single rows as "row：remark", recorded in the trail with the step */
    private SheetReview transition(ScoreSheet sheet, ReviewAction action, String comment, Consumer<String> change,
                                   List<String> rowNotes) {
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
        SheetReview review = reviews.save(new SheetReview(sheet.getId(), action, from, sheet.getStatus(), text,
                user.getUsername(), user.displayName()));
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
        if (!rowNotes.isEmpty()) {
            after.put("rows", rowNotes);
        }
        audit.record("SHEET_" + action.name(), "ScoreSheet", sheet.getId(), departmentId(sheet), before, after);
        events.publishEvent(new SheetReviewed(review.getId(), sheet.getId(), action.name(), action.label(),
                departmentId(sheet), name, sheet.getProject().getFiscalYear(), user.getUsername(),
                user.displayName(), text, review.getOccurredAt()));
        return review;
    }

    private static Long departmentId(ScoreSheet sheet) {
        return sheet.getProject().getDepartment().getId();
    }

    /** Same message for a missing and an out-of-scope sheet: see {@code SheetService}. */
    static NotFoundException notFound(Long sheetId) {
        return new NotFoundException("没有编号为 " + sheetId + " 的绩效自评表。");
    }
}
