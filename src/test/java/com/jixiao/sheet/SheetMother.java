package com.jixiao.sheet;

import com.jixiao.department.Department;
import com.jixiao.project.Project;
import com.jixiao.scoring.WeightTemplates;
import java.math.BigDecimal;
import java.util.Map;

/** Object mother for sheets in memory, no database: drafts from the default template, complete or not. */
final class SheetMother {

    private SheetMother() {
    }

    static Project project() {
        return new Project(new Department("测试部门", null), 2030, 1, "测试项目");
    }

    /** A draft from the default template (10/50/30/10), nothing filled in. */
    static ScoreSheet emptyDraft() {
        return ScoreSheet.fromTemplate(project(), WeightTemplates.defaultTemplate());
    }

    /**
     * A draft that may be submitted: funds 95 of 100, goals, and under the first 二级 of each 一级 one met row
     * (≥95%, actual 100%) carrying the 一级's weight.
     */
    static ScoreSheet complete() {
        ScoreSheet sheet = emptyDraft();
        sheet.reviseGoals("按期完成项目建设。", "已按期完成。");
        FundsEntry.Amounts amounts = new FundsEntry.Amounts(null, new BigDecimal("100"), new BigDecimal("95"), null);
        sheet.reviseFunds(new FundsEntry(BigDecimal.TEN, null, null, null,
                Map.of(FundsLineKind.APPROPRIATION, amounts, FundsLineKind.TOTAL, amounts)));
        for (SheetTree.Level1 one : sheet.tree().level1()) {
            sheet.addRow(one.level2().get(0).node(), row(one.node().getName() + "完成率", "≥95%", "100%",
                    one.node().getWeight()));
        }
        return sheet;
    }

    /** A complete sheet moved along the workflow to {@code status}. */
    static ScoreSheet in(SheetStatus status) {
        ScoreSheet sheet = complete();
        switch (status) {
            case DRAFT -> {
            }
            case SUBMITTED -> sheet.submit();
            case APPROVED -> {
                sheet.submit();
                sheet.approve();
            }
            case RETURNED -> {
                sheet.submit();
                sheet.returnForRevision("请补充。");
            }
        }
        return sheet;
    }

    static IndicatorEntry row(String name, String target, String actual, BigDecimal weight) {
        return new IndicatorEntry(name, target, actual, weight, null, null, null, null);
    }
}
