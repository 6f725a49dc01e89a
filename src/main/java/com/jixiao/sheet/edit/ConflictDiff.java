package com.jixiao.sheet.edit;

import com.jixiao.scoring.QualitativeAnswer;
import com.jixiao.sheet.FundsLineKind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Lists, field by field, where the sheet as someone else saved it differs from the officer's input, so the
 * conflict page can show both and nothing is overwritten unseen. Rows pair by id; numbers compare by value.
 */
final class ConflictDiff {

    private ConflictDiff() {
    }

    static List<FieldChange> diff(SheetForm theirs, SheetForm yours) {
        List<FieldChange> changes = new ArrayList<>();
        compare(changes, "年度总体目标 · 预期目标", theirs.getExpectedGoal(), yours.getExpectedGoal(), "expectedGoal");
        compare(changes, "年度总体目标 · 实际完成情况", theirs.getActualResult(), yours.getActualResult(), "actualResult");
        compare(changes, "预算执行率 · 分值", theirs.getFundsWeight(), yours.getFundsWeight(), "fundsWeight");
        compare(changes, "预算执行率 · 偏差原因分析", theirs.getFundsDeviationNote(), yours.getFundsDeviationNote(),
                "fundsDeviationNote");
        for (FundsLineKind kind : SheetFormReader.TYPED_FUNDS) {
            SheetForm.FundsRow a = funds(theirs, kind);
            SheetForm.FundsRow b = funds(yours, kind);
            String label = kind.label().replace("其中：", "");
            String id = "funds-" + kind.name() + "-";
            compare(changes, label + " · 年初预算数", a == null ? null : a.getInitialBudget(),
                    b == null ? null : b.getInitialBudget(), id + "initialBudget");
            compare(changes, label + " · 全年预算数", a == null ? null : a.getAnnualBudget(),
                    b == null ? null : b.getAnnualBudget(), id + "annualBudget");
            compare(changes, label + " · 全年执行数", a == null ? null : a.getExecuted(),
                    b == null ? null : b.getExecuted(), id + "executed");
        }
        for (int k = 0; k < yours.getLevel1().size(); k++) {
            SheetForm.Category mine = yours.getLevel1().get(k);
            String fieldId = "l1-" + k + "-weight";
            theirs.getLevel1().stream().filter(c -> Objects.equals(c.getId(), mine.getId())).findFirst()
                    .ifPresent(other -> compare(changes, other.getName() + " · 分值", other.getWeight(),
                            mine.getWeight(), fieldId));
        }

        Map<Long, Integer> yourRows = new HashMap<>();
        for (int i = 0; i < yours.getRows().size(); i++) {
            if (yours.getRows().get(i).getId() != null) {
                yourRows.put(yours.getRows().get(i).getId(), i);
            }
        }
        Map<Long, SheetForm.Row> theirRows = new HashMap<>();
        for (SheetForm.Row row : theirs.getRows()) {
            theirRows.put(row.getId(), row);
            Integer i = yourRows.get(row.getId());
            if (i == null) {
                changes.add(new FieldChange("三级指标“" + blankAs(row.getName(), "（未命名）") + "”",
                        "保存的表中有此行", "您的表单中没有此行（重新提交将删除它）", null));
                continue;
            }
            SheetForm.Row mine = yours.getRows().get(i);
            String label = "三级指标“" + blankAs(mine.getName(), blankAs(row.getName(), "（未命名）")) + "” · ";
            String id = "r" + i + "-";
            compare(changes, label + "名称", row.getName(), mine.getName(), id + "name");
            compare(changes, label + "所属二级指标", level2Name(theirs, row.getLevel2Id()),
                    level2Name(yours, mine.getLevel2Id()), id + "level2Id");
            compare(changes, label + "年度指标值", row.getTarget(), mine.getTarget(), id + "target");
            compare(changes, label + "实际完成值", row.getActual(), mine.getActual(), id + "actual");
            compare(changes, label + "分值", row.getWeight(), mine.getWeight(), id + "weight");
            compare(changes, label + "得分", row.getScore(), mine.getScore(), id + "score");
            compare(changes, label + "达成情况", answer(row.getAnswer()), answer(mine.getAnswer()), id + "answer");
            compare(changes, label + "调整理由", row.getOverrideReason(), mine.getOverrideReason(), id + "overrideReason");
            compare(changes, label + "偏差原因分析", row.getDeviationNote(), mine.getDeviationNote(), id + "deviationNote");
        }
        for (int i = 0; i < yours.getRows().size(); i++) {
            SheetForm.Row mine = yours.getRows().get(i);
            if (mine.getId() == null || !theirRows.containsKey(mine.getId())) {
                changes.add(new FieldChange("三级指标“" + blankAs(mine.getName(), "（未命名）") + "”",
                        mine.getId() == null ? "（无此行）" : "已被删除", "您新增或保留了此行", "r" + i + "-name"));
            }
        }
        return changes;
    }

    private static String level2Name(SheetForm form, Long level2Id) {
        return form.getLevel2().stream().filter(two -> two != null && Objects.equals(two.getId(), level2Id))
                .map(SheetForm.Level2::getName).findFirst().orElse(null);
    }

    private static SheetForm.FundsRow funds(SheetForm form, FundsLineKind kind) {
        return form.getFunds().stream().filter(r -> kind.name().equals(r.getKind())).findFirst().orElse(null);
    }

    private static void compare(List<FieldChange> changes, String label, String theirs, String yours, String fieldId) {
        if (!same(theirs, yours)) {
            changes.add(new FieldChange(label, blankAs(theirs, "（空）"), blankAs(yours, "（空）"), fieldId));
        }
    }

    /** Equal as typed after trimming, or as numbers (10 and 10.00 are the same weight). */
    static boolean same(String a, String b) {
        String x = a == null ? "" : a.strip();
        String y = b == null ? "" : b.strip();
        if (x.equals(y)) {
            return true;
        }
        try {
            return new BigDecimal(x).compareTo(new BigDecimal(y)) == 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static String answer(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        try {
            return QualitativeAnswer.valueOf(name).label();
        } catch (IllegalArgumentException e) {
            return name;
        }
    }

    private static String blankAs(String s, String blank) {
        return s == null || s.isBlank() ? blank : s;
    }
}
