package com.jixiao.sheet;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.math.BigDecimal;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

/**
 * A node of a sheet's indicator tree: level 1 (一级指标, e.g. 产出指标 with its weight), level 2
 * (二级指标, e.g. 数量指标) or level 3 (三级指标: the scored row with target, actual and score).
 * Stored flat with a parent link so a whole tree loads in one query. Changed only through its {@link ScoreSheet},
 * which checks first that the sheet may change.
 */
@Entity
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class Indicator {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "sheet_id")
    private ScoreSheet sheet;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private Indicator parent;

    private int level;

    private int position;

    private String name;

    /** 分值; level 2 usually has none. */
    private BigDecimal weight;

    /** E.g. 不涉及 on a level-2 category that does not apply. */
    private String note;

    /** 年度指标值 exactly as entered or printed. */
    private String targetText;

    /** 实际完成值 exactly as entered or printed. */
    private String actualText;

    /** 得分 as entered or printed; the computed score is never stored, it is recomputed. */
    private BigDecimal enteredScore;

    /** 偏差原因分析及改进措施. */
    private String deviationNote;

    /** For qualitative rows: 达成 / 部分达成 / 未达成. */
    private String qualitativeAnswer;

    /** Why the entered score differs from the computed one on a quantitative row; null when it does not. */
    private String scoreOverrideReason;

    Indicator(ScoreSheet sheet, Indicator parent, int level, int position, String name) {
        this.sheet = sheet;
        this.parent = parent;
        this.level = level;
        this.position = position;
        this.name = name;
    }

    /** Under {@code parent} at {@code position}: a row moved within or between the 二级 of its level-1 category. */
    void place(Indicator parent, int position) {
        this.parent = parent;
        this.position = position;
    }

    void reweigh(BigDecimal weight) {
        this.weight = weight;
    }

    void annotate(String note) {
        this.note = note;
    }

    /** What is entered on this node, as {@link #revise} takes it. */
    public IndicatorEntry entry() {
        return new IndicatorEntry(name, targetText, actualText, weight, enteredScore, qualitativeAnswer,
                scoreOverrideReason, deviationNote);
    }

    /** Everything entered on a 三级 row; the note (e.g. 不涉及) stays. */
    void revise(IndicatorEntry entry) {
        this.name = entry.name();
        this.targetText = entry.targetText();
        this.actualText = entry.actualText();
        this.weight = entry.weight();
        this.enteredScore = entry.enteredScore();
        this.qualitativeAnswer = entry.qualitativeAnswer();
        this.scoreOverrideReason = entry.scoreOverrideReason();
        this.deviationNote = entry.deviationNote();
    }
}
