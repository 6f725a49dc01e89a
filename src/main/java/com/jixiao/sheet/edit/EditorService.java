package com.jixiao.sheet.edit;

import org.springframework.modulith.NamedInterface;
import com.jixiao.audit.AuditTrail;
import com.jixiao.common.web.NotFoundException;
import com.jixiao.project.Project;
import com.jixiao.project.ProjectAdminService;
import com.jixiao.scoring.WeightTemplate;
import com.jixiao.rules.RuleCatalog;
import com.jixiao.rules.StoredTemplate;
import com.jixiao.sheet.FundsEntry;
import com.jixiao.sheet.FundsLine;
import com.jixiao.sheet.FundsLineKind;
import com.jixiao.sheet.IndicatorPlan;
import com.jixiao.sheet.ScoreSheet;
import com.jixiao.sheet.ScoreSheetRepository;
import com.jixiao.sheet.SheetNotEditableException;
import com.jixiao.sheet.SheetScoring;
import com.jixiao.sheet.SheetService;
import com.jixiao.sheet.SheetTree;
import com.jixiao.sheet.UnknownCategoryException;
import com.jixiao.sheet.workflow.SheetWorkflow;
import com.jixiao.security.ScopeGuard;
import com.jixiao.sheet.edit.ReadSheet.Amounts;
import com.jixiao.sheet.edit.ReadSheet.ReadCategory;
import com.jixiao.sheet.edit.ReadSheet.ReadLevel2;
import com.jixiao.sheet.edit.ReadSheet.ReadRow;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import com.jixiao.common.metrics.JixiaoMeters;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;

/**
 * The 自评表 editor: opens a sheet as a form, previews, saves and submits it, and creates new sheets. Every
 * method that takes a sheet id loads it through {@link #loadForEdit(Long)}.
 */
@NamedInterface("editor")
@Service
@RequiredArgsConstructor
@Transactional(readOnly = true)
public class EditorService {

    private final ScoreSheetRepository sheets;
    private final SheetService sheetService;
    private final EditorRepository editorSheets;
    private final ProjectAdminService projects;
    private final SheetScoring scoring;
    private final EntityManager entityManager;
    private final ScopeGuard guard;
    private final AuditTrail audit;
    private final SheetWorkflow workflow;
    private final JixiaoMeters meters;
    private final RuleCatalog rules;

    /**
     * A sheet opened in the editor: what it is, its form, and what the sheet still lacks before it can be submitted.
     */
    public record Opened(EditorHeader header, SheetForm form, List<MissingItem> missing) {
    }

    /**
     * The one way the editor loads a sheet, with project, department and funds rows: only the
     * department's 填报人 gets it ({@link SheetService#ofOwnDepartment}).
     *
     * @throws NotFoundException when there is no such sheet or it is outside the user's scope
     */
    private ScoreSheet loadForEdit(Long sheetId) {
        return sheetService.ofOwnDepartment(sheetId);
    }

    public EditorHeader header(Long sheetId) {
        return EditorHeader.of(loadForEdit(sheetId));
    }

    /** The stored sheet as a form, in a constant number of statements. */
    public Opened open(Long sheetId) {
        ScoreSheet sheet = loadForEdit(sheetId);
        List<FundsLine> fundsLines = sheet.getFundsLines();
        SheetTree tree = sheet.tree();
        // The form lists the rows in tree order, so a row's place among the sheet's rows is its index in the form.
        return new Opened(EditorHeader.of(sheet), SheetForms.of(sheet, fundsLines, tree,
                scoring.scored(sheet, fundsLines, tree)),
                sheet.missingForSubmission().stream().map(MissingItem::of).toList());
    }

    /**
     * Writes a checked form to the sheet in one transaction, through the sheet's own methods: everything or, on any
     * refusal, nothing. With {@code submit}, the sheet goes to review when it is complete; otherwise the draft is still
     * saved (the editor then lists what is missing).
     *
     * @param form a form that {@link SheetFormReader} read without errors into {@code read}
     * @return whether the sheet was submitted
     * @throws SheetNotEditableException when the sheet is submitted or approved
     * @throws EditConflictException when the form's version is not the sheet's, or its categories are not the sheet's
     */
    @Transactional
    public boolean save(Long sheetId, SheetForm form, ReadSheet read, boolean submit) {
        ScoreSheet sheet = loadForEdit(sheetId);
        Map<String, Object> before = apply(sheet, form, read);
        recordSave(sheet, before);

        if (!submit || !sheet.missingForSubmission().isEmpty()) {
            return false;
        }
        workflow.submitSaved(sheet);
        return true;
    }

    /**
     * An autosave of the editor: the same checks, writes, optimistic lock and audit entry as 保存草稿 ({@link #save}
     * without submitting), except that a form equal to the stored sheet writes nothing at all, so that a page left
     * open neither moves the version (which would refuse a colleague's save for nothing) nor fills the audit trail.
     *
     * @param form a form that {@link SheetFormReader} read without errors into {@code read}
     * @return whether anything changed, and the sheet's version after the transaction (read it after this returns)
     * @throws SheetNotEditableException when the sheet is submitted or approved
     * @throws EditConflictException when the form's version is not the sheet's, or its categories are not the sheet's
     */
    @Transactional
    public Autosaved autosave(Long sheetId, SheetForm form, ReadSheet read) {
        ScoreSheet sheet = loadForEdit(sheetId);
        Map<String, Object> before = apply(sheet, form, read);
        if (SheetSnapshot.sameContent(before, SheetSnapshot.of(sheet))) {
            // The writes only restated the stored values (10 typed as 10.0): rolled back, nothing reaches the database.
            TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
            return new Autosaved(false, sheet);
        }
        recordSave(sheet, before);
        return new Autosaved(true, sheet);
    }

    /**
     * The outcome of {@link #autosave}. It holds the sheet because its version moves only when the transaction
     * commits (the forced increment runs just before the commit), after the method has returned.
     */
    public record Autosaved(boolean changed, ScoreSheet sheet) {

        /** The version the page must send next; call after {@link #autosave} has returned. */
        public long version() {
            return sheet.getVersion();
        }
    }

    /** Writes the checked form to the sheet; returns the sheet's audit snapshot from before. */
    private Map<String, Object> apply(ScoreSheet sheet, SheetForm form, ReadSheet read) {
        if (form.getVersion() == null || form.getVersion() != sheet.getVersion()) {
            throw new EditConflictException(sheet.getId());
        }
        Evaluation evaluation = SheetEvaluator.evaluate(read, sheet.getProject().getFiscalYear(),
                SheetScoring.profileOf(sheet));
        Map<String, Object> before = SheetSnapshot.of(sheet);

        sheet.reviseGoals(read.expectedGoal(), read.actualResult());
        Map<FundsLineKind, FundsEntry.Amounts> lines = new EnumMap<>(FundsLineKind.class);
        read.funds().forEach((kind, amounts) -> lines.put(kind, amounts(amounts)));
        lines.put(FundsLineKind.TOTAL, amounts(read.total()));
        // The editor computes the funds points and rate: nothing printed by hand is left to disagree with them.
        sheet.reviseFunds(new FundsEntry(read.fundsWeight(), evaluation.result().funds().score(), null,
                read.fundsDeviationNote(), lines));
        sheet.reviseTotal(evaluation.enteredTotalWeight(), evaluation.enteredTotal());
        try {
            sheet.replaceIndicators(plan(read, evaluation));
        } catch (UnknownCategoryException e) {
            // The categories are the sheet's; a form naming others was built for another state of the sheet.
            throw new EditConflictException(sheet.getId());
        }
        return before;
    }

    private void recordSave(ScoreSheet sheet, Map<String, Object> before) {
        // Row edits do not touch the sheet's own columns; the version must still move so that a second editor
        // holding the old version is refused, and the check at commit catches a save that raced this one.
        entityManager.lock(sheet, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        audit.record("SHEET_SAVE", "ScoreSheet", sheet.getId(), sheet.getProject().getDepartment().getId(), before,
                SheetSnapshot.of(sheet));
        meters.sheetSaved();
    }

    private static FundsEntry.Amounts amounts(Amounts read) {
        return new FundsEntry.Amounts(read.initialBudget(), read.annualBudget(), read.executed(), null);
    }

    /** The form's grid for the sheet: each row with the score it is stored with, an override with its reason. */
    private static IndicatorPlan plan(ReadSheet read, Evaluation evaluation) {
        List<IndicatorPlan.Category> level1 = new ArrayList<>();
        for (ReadCategory one : read.level1()) {
            List<IndicatorPlan.Level2> level2 = new ArrayList<>();
            for (ReadLevel2 two : one.level2()) {
                List<IndicatorPlan.Row> rows = new ArrayList<>();
                for (ReadRow row : two.rows()) {
                    rows.add(new IndicatorPlan.Row(row.id(), row.entry().scored(evaluation.storedScores()
                            .get(row.index()), evaluation.overridden(row) ? row.entry().scoreOverrideReason() : null)));
                }
                level2.add(new IndicatorPlan.Level2(two.id(), rows));
            }
            level1.add(new IndicatorPlan.Category(one.id(), one.weight(), level2));
        }
        return new IndicatorPlan(level1);
    }

    // ------------------------------------------------------------------ new sheets

    /**
     * The sheet of the same project the year before, in the project's own department only (same code, or else same
     * name), if any: a sheet of another department is neither offered nor copied, whatever its code.
     */
    public Optional<ScoreSheet> predecessor(Long projectId) {
        Project project = projects.load(projectId);
        return editorSheets.findPredecessors(project.getFiscalYear() - 1,
                project.getCode() == null ? "" : project.getCode(), project.getName(),
                project.getDepartment().getId()).stream().findFirst();
    }

    /**
     * A project the current user may create a sheet for: its department's 填报人.
     *
     * @throws NotFoundException for a missing or out-of-scope project
     * @throws org.springframework.security.access.AccessDeniedException for anyone else in scope
     */
    public Project projectForNewSheet(Long projectId) {
        Project project = projects.load(projectId);
        guard.checkCanEdit(project.getDepartment().getId());
        return project;
    }

    /**
     * As {@link #projectForNewSheet}, locked until the transaction ends. A double click on 新建自评表 sends two
     * POSTs at once: both found no sheet and the second insert broke the one-sheet-per-project rule with a 500.
     * Under the lock the second waits, then finds the first one's sheet.
     */
    private Project lockedProjectForNewSheet(Long projectId) {
        Project project = projectForNewSheet(projectId);
        // refresh, not lock: a lock on a versioned entity also compares the version and would fail on an edit.
        entityManager.refresh(project, LockModeType.PESSIMISTIC_WRITE);
        return project;
    }

    /** Whether the current user may fill in the sheets of the project's department. */
    public boolean canEditSheetsOf(Long projectId) {
        return guard.canEdit(projects.load(projectId).getDepartment().getId());
    }

    private Long created(ScoreSheet sheet, String how) {
        Long id = sheets.save(sheet).getId();
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("name", sheet.getProject().getName());
        after.put("project", sheet.getProject().getId());
        after.put("from", how);
        after.put("评分规则", SheetScoring.profileOf(sheet).name() + "（第 " + sheet.getProfileVersion() + " 版）");
        audit.record("SHEET_CREATE", "ScoreSheet", id, sheet.getProject().getDepartment().getId(), null, after);
        return id;
    }

    /**
     * The project's sheet id if it already has one (a project has at most one sheet), for a project the user may see.
     *
     * @throws NotFoundException for a missing or out-of-scope project, before anything about its sheet is known
     */
    public Optional<Long> existingSheetOfVisibleProject(Long projectId) {
        projects.load(projectId);
        return sheets.findIdByProjectId(projectId);
    }

    /** The weight templates a new sheet may start from, newest version of each. */
    public List<WeightTemplate> templates() {
        return rules.templates().stream().map(StoredTemplate::template).toList();
    }

    /**
     * A draft with the template's 一级/二级 categories and weights and no rows yet.
     *
     * @return the sheet id; the existing one if the project already has a sheet (a second click lands on it)
     */
    @Transactional
    public Long createFromTemplate(Long projectId, String templateCode) {
        Project project = lockedProjectForNewSheet(projectId);
        Optional<Long> existing = sheets.findIdByProjectId(projectId);
        if (existing.isPresent()) {
            return existing.get();
        }
        WeightTemplate template = rules.templateOrDefault(templateCode);
        ScoreSheet sheet = ScoreSheet.fromTemplate(project, template);
        sheet.scoreWith(rules.defaultFor(project.getDepartment().getId(), project.getFiscalYear()));
        return created(sheet, "按模板“" + template.name() + "”");
    }

    /**
     * A draft copied from last year's sheet of the project: categories, weights, indicator names and targets and
     * the 预期目标 carry over; amounts, actual values, scores and notes start empty, since they belong to a year.
     *
     * @return the sheet id; the existing one if the project already has a sheet
     * @throws NotFoundException when there is no sheet of last year to copy
     */
    @Transactional
    public Long copyFromLastYear(Long projectId) {
        Project project = lockedProjectForNewSheet(projectId);
        Optional<Long> existing = sheets.findIdByProjectId(projectId);
        if (existing.isPresent()) {
            return existing.get();
        }
        ScoreSheet source = predecessor(projectId)
                .orElseThrow(() -> new NotFoundException("没有找到该项目上一年度的绩效自评表。"));
        ScoreSheet sheet = ScoreSheet.carriedOver(source, project);
        // Last year's rules, in their newest version: a new year is scored by the rules in force now.
        rules.newest(source.getProfileCode()).ifPresent(sheet::scoreWith);
        return created(sheet, "从上年度“" + source.getProject().getName() + "”（" + source.getProject().getFiscalYear()
                + "年度，自评表 #" + source.getId() + "）复制");
    }
}
