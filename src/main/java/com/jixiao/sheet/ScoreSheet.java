package com.jixiao.sheet;

import com.jixiao.project.Project;
import com.jixiao.scoring.RuleProfile;
import com.jixiao.scoring.WeightTemplate;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

/**
 * A project's 绩效自评表 (附1) for its fiscal year: the funds block, the year's goals and the
 * indicator tree. Entered and printed numbers are kept as given; computed scores come from
 * {@code com.jixiao.scoring} and are never stored, so a sheet can always be re-checked.
 *
 * <p>The aggregate root of its funds rows and indicators, and it guards itself: its content changes only through
 * the methods below, each refusing with a {@link SheetNotEditableException} once the sheet is submitted or approved;
 * its status moves only along {@link SheetTransition}; {@link #submit()} refuses an incomplete sheet
 * ({@link #missingForSubmission()}). No setters: id, version, project and the children's parents are its own.
 */
@Entity
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class ScoreSheet {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "project_id")
    private Project project;

    /** Title printed above the table, e.g. 执法办案中心建设项目支出绩效自评表. */
    private String title;

    /** E.g. (2021 年度). */
    private String yearLabel;

    private String templateCode = "default";

    /** The rule profile this sheet is scored with: its code and version (a stored version never changes). */
    private String profileCode = "national";

    private int profileVersion = 1;

    @Enumerated(EnumType.STRING)
    private SheetStatus status = SheetStatus.DRAFT;

    /** 分值 of the budget-execution row. */
    private BigDecimal fundsWeight;

    /** 得分 of the budget-execution row as entered or printed. */
    private BigDecimal fundsEnteredScore;

    /** 执行率 as printed by an imported report, e.g. 83% where B/A is 82.73%. */
    private String fundsPrintedRate;

    private String fundsDeviationNote;

    /** 年度总体目标 — 预期目标. */
    private String expectedGoal;

    /** 年度总体目标 — 实际完成情况. */
    private String actualResult;

    /** 总分 row: 分值 as entered or printed. */
    private BigDecimal enteredTotalWeight;

    /** 总分 row: 得分 as entered or printed. */
    private BigDecimal enteredTotal;

    /** How an imported report was read where its table was ambiguous. */
    private String transcriptionNotes;

    @Version
    private long version;

    private OffsetDateTime createdAt = OffsetDateTime.now();

    private OffsetDateTime updatedAt = OffsetDateTime.now();

    @OneToMany(mappedBy = "sheet", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("kind")
    private List<FundsLine> fundsLines = new ArrayList<>();

    @OneToMany(mappedBy = "sheet", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("level, position")
    private List<Indicator> indicators = new ArrayList<>();

    /** Creates an empty draft with the four funds rows. */
    public ScoreSheet(Project project) {
        this.project = Objects.requireNonNull(project, "project");
        for (FundsLineKind kind : FundsLineKind.values()) {
            fundsLines.add(new FundsLine(this, kind));
        }
    }

    /** A draft with the template's 一级/二级 categories and weights and no 三级 rows yet. */
    public static ScoreSheet fromTemplate(Project project, WeightTemplate template) {
        ScoreSheet sheet = new ScoreSheet(project);
        sheet.templateCode = template.code();
        sheet.fundsWeight = template.fundsWeight();
        for (WeightTemplate.Category category : template.categories()) {
            Indicator level1 = sheet.addLevel1(category.name(), category.weight(), null);
            category.level2().forEach(name -> sheet.addLevel2(level1, name, null, null));
        }
        return sheet;
    }

    /**
     * 从上年度复制: a draft for {@code project} with last year's template, profile, funds weight, 预期目标, categories,
     * weights, indicator names and targets; amounts, actual values, scores and notes start empty, since they belong to
     * a year.
     */
    public static ScoreSheet carriedOver(ScoreSheet lastYear, Project project) {
        ScoreSheet sheet = new ScoreSheet(project);
        sheet.templateCode = lastYear.templateCode;
        sheet.profileCode = lastYear.profileCode;
        sheet.profileVersion = lastYear.profileVersion;
        sheet.fundsWeight = lastYear.fundsWeight;
        sheet.expectedGoal = lastYear.expectedGoal;
        for (SheetTree.Level1 one : lastYear.tree().level1()) {
            Indicator level1 = sheet.addLevel1(one.node().getName(), one.node().getWeight(), one.node().getNote());
            for (SheetTree.Level2 two : one.level2()) {
                Indicator level2 = sheet.addLevel2(level1, two.node().getName(), two.node().getWeight(),
                        two.node().getNote());
                for (Indicator row : two.rows()) {
                    Indicator copy = sheet.addRow(level2, new IndicatorEntry(row.getName(), row.getTargetText(), null,
                            row.getWeight(), null, null, null, null));
                    copy.annotate(row.getNote());
                }
            }
        }
        return sheet;
    }

    public Optional<FundsLine> totalFunds() {
        return fundsLines.stream().filter(line -> line.getKind() == FundsLineKind.TOTAL).findFirst();
    }

    // ------------------------------------------------------------------ content: only while editable

    /** The title printed above the table (e.g. 执法办案中心建设项目支出绩效自评表) and the year label, e.g. (2021 年度). */
    public void retitle(String title, String yearLabel) {
        requireEditable();
        this.title = title;
        this.yearLabel = yearLabel;
    }

    /**
     * Scores the sheet by this profile version from now on. Only while editable: a submitted or approved sheet keeps
     * the rules it was submitted under, whatever an administrator changes later.
     */
    public void scoreWith(RuleProfile profile) {
        requireEditable();
        this.profileCode = profile.code();
        this.profileVersion = profile.version();
    }

    /** How an imported report was read where its table was ambiguous. */
    public void noteTranscription(String notes) {
        requireEditable();
        this.transcriptionNotes = notes;
    }

    /** 年度总体目标: 预期目标 and 实际完成情况. */
    public void reviseGoals(String expectedGoal, String actualResult) {
        requireEditable();
        this.expectedGoal = expectedGoal;
        this.actualResult = actualResult;
    }

    /** The funds block: the 预算执行率 row and every funds row (a row not in the entry is emptied). */
    public void reviseFunds(FundsEntry funds) {
        requireEditable();
        this.fundsWeight = funds.weight();
        this.fundsEnteredScore = funds.enteredScore();
        this.fundsPrintedRate = funds.printedRate();
        this.fundsDeviationNote = funds.deviationNote();
        for (FundsLine line : fundsLines) {
            line.revise(funds.lines().get(line.getKind()));
        }
    }

    /** The 总分 row as entered or printed: 分值 and 得分. */
    public void reviseTotal(BigDecimal weight, BigDecimal score) {
        requireEditable();
        this.enteredTotalWeight = weight;
        this.enteredTotal = score;
    }

    /** Adds a 一级指标 at the end. @param note e.g. 不涉及, may be null */
    public Indicator addLevel1(String name, BigDecimal weight, String note) {
        requireEditable();
        Indicator node = new Indicator(this, null, 1, nextPosition(null), name);
        node.reweigh(weight);
        node.annotate(note);
        indicators.add(node);
        return node;
    }

    /** Adds a 二级指标 under a 一级 node of this sheet, at the end. @param weight usually null; @param note may be null */
    public Indicator addLevel2(Indicator level1, String name, BigDecimal weight, String note) {
        requireEditable();
        requireNode(level1, 1);
        Indicator node = new Indicator(this, level1, 2, nextPosition(level1), name);
        node.reweigh(weight);
        node.annotate(note);
        indicators.add(node);
        return node;
    }

    /** Adds a 三级指标 row under a 二级 node of this sheet, at the end. */
    public Indicator addRow(Indicator level2, IndicatorEntry entry) {
        requireEditable();
        requireNode(level2, 2);
        Indicator node = new Indicator(this, level2, 3, nextPosition(level2), entry.name());
        node.revise(entry);
        indicators.add(node);
        return node;
    }

    /**
     * The editor's save of the indicator grid: the 一级 weights, and under each 二级 exactly the plan's rows in the
     * plan's order — existing rows revised and moved (also to another 二级), new ones added, the others removed. The
     * 一级/二级 categories themselves come from the template and stay; the 二级 take the plan's order within their 一级.
     *
     * @throws UnknownCategoryException when the plan names a category this sheet does not have; nothing is changed
     */
    public void replaceIndicators(IndicatorPlan plan) {
        requireEditable();
        Map<Long, Indicator> byId = new HashMap<>();
        for (Indicator node : indicators) {
            byId.put(node.getId(), node);
        }
        for (IndicatorPlan.Category one : plan.level1()) {
            Indicator level1 = category(byId, one.id(), 1);
            for (IndicatorPlan.Level2 two : one.level2()) {
                if (category(byId, two.id(), 2).getParent() != level1) {
                    // A 二级 is reordered within its 一级 only: the template fixes which 一级 it belongs to.
                    throw new UnknownCategoryException(two.id());
                }
            }
        }
        Set<Indicator> kept = new HashSet<>();
        for (IndicatorPlan.Category one : plan.level1()) {
            Indicator level1 = byId.get(one.id());
            level1.reweigh(one.weight());
            int level2Position = 0;
            for (IndicatorPlan.Level2 two : one.level2()) {
                Indicator level2 = byId.get(two.id());
                level2.place(level1, level2Position++);
                int position = 0;
                for (IndicatorPlan.Row row : two.rows()) {
                    Indicator node = row.id() == null ? null : byId.get(row.id());
                    if (node == null || node.getLevel() != 3) {
                        // New, or deleted by someone else meanwhile: (re)created from the officer's input.
                        node = new Indicator(this, level2, 3, 0, row.entry().name());
                        indicators.add(node);
                    }
                    node.place(level2, position++);
                    node.revise(row.entry());
                    kept.add(node);
                }
            }
        }
        indicators.removeIf(node -> node.getLevel() == 3 && !kept.contains(node));
    }

    private static Indicator category(Map<Long, Indicator> byId, Long id, int level) {
        Indicator node = id == null ? null : byId.get(id);
        if (node == null || node.getLevel() != level) {
            throw new UnknownCategoryException(id);
        }
        return node;
    }

    private void requireNode(Indicator parent, int level) {
        if (parent.getSheet() != this || parent.getLevel() != level) {
            throw new IllegalArgumentException("parent must be a level-" + level + " node of this sheet");
        }
    }

    private int nextPosition(Indicator parent) {
        return (int) indicators.stream().filter(node -> node.getParent() == parent).count();
    }

    /** Only drafts and returned sheets change; every change of the sheet's content calls this first. */
    private void requireEditable() {
        if (!status.isEditable()) {
            throw new SheetNotEditableException(status);
        }
    }

    /** Officers edit drafts and returned sheets; submitted and approved sheets are fixed. */
    public boolean isEditable() {
        return status.isEditable();
    }

    // ------------------------------------------------------------------ review

    /**
     * What the sheet still lacks before it can be submitted, checked on its own data and scored by its rule profile;
     * empty when it may be submitted. A draft saves with any of these.
     */
    public List<Missing> missingForSubmission() {
        SheetTree tree = tree();
        return SubmissionCheck.missing(this, tree, SheetScoring.result(this, tree));
    }

    /**
     * 送审: a complete draft or returned sheet goes to the department head.
     *
     * @throws IncompleteSheetException listing what is missing
     * @throws SheetStateException      when the status does not allow it
     */
    public void submit() {
        require(SheetTransition.SUBMIT);
        List<Missing> missing = missingForSubmission();
        if (!missing.isEmpty()) {
            throw new IncompleteSheetException(missing);
        }
        move(SheetTransition.SUBMIT);
    }

    /** 审核通过: the sheet becomes read-only. */
    public void approve() {
        move(SheetTransition.APPROVE);
    }

    /** 退回: back to the officer, who may edit and submit again. @param comment required */
    public void returnForRevision(String comment) {
        requireText(comment, "退回时必须填写退回意见。");
        move(SheetTransition.RETURN);
    }

    /** 重新打开: an approved sheet goes back to the officer. @param reason required */
    public void reopen(String reason) {
        requireText(reason, "重新打开已通过的自评表时必须填写理由。");
        move(SheetTransition.REOPEN);
    }

    /** A transcribed report that its department filed: it arrives submitted, as it was (see the transition). */
    public void recordAsFiled() {
        move(SheetTransition.RECORD_FILED);
    }

    private void move(SheetTransition transition) {
        require(transition);
        this.status = transition.to();
    }

    private void require(SheetTransition transition) {
        if (!transition.allowedFrom(status)) {
            throw new SheetStateException("自评表当前状态为“" + status.label() + "”，不能" + transition.label() + "。");
        }
    }

    private static void requireText(String text, String message) {
        if (text == null || text.isBlank()) {
            throw new SheetStateException(message);
        }
    }

    @PreUpdate
    void touch() {
        this.updatedAt = OffsetDateTime.now();
    }

    public SheetTree tree() {
        return SheetTree.of(indicators);
    }
}
