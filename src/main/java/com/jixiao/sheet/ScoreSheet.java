package com.jixiao.sheet;

import com.jixiao.project.Project;
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
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;

/**
 * A project's 绩效自评表 (附1) for its fiscal year: the funds block, the year's goals and the
 * indicator tree. Entered and printed numbers are kept as given; computed scores come from
 * {@code com.jixiao.scoring} and are never stored, so a sheet can always be re-checked.
 */
@Entity
@Getter
@Setter
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

    /** The rule profile this sheet is scored with. */
    private String profileCode = "national";

    @Enumerated(EnumType.STRING)
    @Setter(AccessLevel.NONE)
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

    @Setter(AccessLevel.NONE)
    private OffsetDateTime createdAt = OffsetDateTime.now();

    @Setter(AccessLevel.NONE)
    private OffsetDateTime updatedAt = OffsetDateTime.now();

    @OneToMany(mappedBy = "sheet", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("kind")
    @Setter(AccessLevel.NONE)
    private List<FundsLine> fundsLines = new ArrayList<>();

    @OneToMany(mappedBy = "sheet", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("level, position")
    @Setter(AccessLevel.NONE)
    private List<Indicator> indicators = new ArrayList<>();

    /** Creates an empty draft with the four funds rows. */
    public ScoreSheet(Project project) {
        this.project = Objects.requireNonNull(project, "project");
        for (FundsLineKind kind : FundsLineKind.values()) {
            fundsLines.add(new FundsLine(this, kind));
        }
    }

    public FundsLine fundsLine(FundsLineKind kind) {
        return fundsLines.stream().filter(line -> line.getKind() == kind).findFirst()
                .orElseThrow(() -> new IllegalStateException("sheet has no funds line " + kind));
    }

    public Optional<FundsLine> totalFunds() {
        return fundsLines.stream().filter(line -> line.getKind() == FundsLineKind.TOTAL).findFirst();
    }

    /** Adds a 一级指标 at the end. */
    public Indicator addLevel1(String name, BigDecimal weight) {
        Indicator node = new Indicator(this, null, 1, nextPosition(null), name);
        node.setWeight(weight);
        indicators.add(node);
        return node;
    }

    /** Adds a 二级 category under a 一级 node, or a 三级 row under a 二级 node, at the end. */
    public Indicator addChild(Indicator parent, String name) {
        if (parent.getSheet() != this || parent.getLevel() >= 3) {
            throw new IllegalArgumentException("parent must be a level-1 or level-2 node of this sheet");
        }
        Indicator node = new Indicator(this, parent, parent.getLevel() + 1, nextPosition(parent), name);
        indicators.add(node);
        return node;
    }

    /** Removes a 三级 row; the 一级/二级 categories come from the template and stay. */
    public void removeRow(Indicator row) {
        if (row.getSheet() != this || row.getLevel() != 3) {
            throw new IllegalArgumentException("only a level-3 row of this sheet can be removed");
        }
        indicators.remove(row);
    }

    private int nextPosition(Indicator parent) {
        return (int) indicators.stream().filter(node -> node.getParent() == parent).count();
    }

    /** Marks the sheet as submitted for review (送审) — used by imports of already-filed reports. */
    public void markSubmitted() {
        this.status = SheetStatus.SUBMITTED;
    }

    /** 送审: a draft or a returned sheet goes to the department head. */
    public void submit() {
        requireStatus("提交", SheetStatus.DRAFT, SheetStatus.RETURNED);
        this.status = SheetStatus.SUBMITTED;
    }

    /** 审核通过: the sheet becomes read-only. */
    public void approve() {
        requireStatus("审核通过", SheetStatus.SUBMITTED);
        this.status = SheetStatus.APPROVED;
    }

    /** 退回: back to the officer, who may edit and submit again. @param comment required */
    public void returnToOfficer(String comment) {
        requireText(comment, "退回时必须填写退回意见。");
        requireStatus("退回", SheetStatus.SUBMITTED);
        this.status = SheetStatus.RETURNED;
    }

    /** 重新打开: an approved sheet goes back to the officer. @param reason required */
    public void reopen(String reason) {
        requireText(reason, "重新打开已通过的自评表时必须填写理由。");
        requireStatus("重新打开", SheetStatus.APPROVED);
        this.status = SheetStatus.RETURNED;
    }

    /** Only drafts and returned sheets may change; every edit of the sheet's content must call this first. */
    public void ensureEditable() {
        switch (status) {
            case APPROVED -> throw new SheetStateException("该自评表已审核通过，只读，不能修改；如需修改，请部门负责人重新打开。");
            case SUBMITTED -> throw new SheetStateException("该自评表已提交审核，不能修改；如需修改，请部门负责人退回。");
            default -> {
            }
        }
    }

    /** Officers edit drafts and returned sheets; submitted and approved sheets are fixed. */
    public boolean isEditable() {
        return status == SheetStatus.DRAFT || status == SheetStatus.RETURNED;
    }

    private void requireStatus(String action, SheetStatus... allowed) {
        for (SheetStatus candidate : allowed) {
            if (status == candidate) {
                return;
            }
        }
        throw new SheetStateException("自评表当前状态为“" + status.label() + "”，不能" + action + "。");
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
