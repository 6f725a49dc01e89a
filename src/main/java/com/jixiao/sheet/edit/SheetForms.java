package com.jixiao.sheet.edit;

import com.jixiao.scoring.SheetResult.IndicatorResult;
import com.jixiao.sheet.FundsLine;
import com.jixiao.sheet.FundsLineKind;
import com.jixiao.sheet.Indicator;
import com.jixiao.sheet.ScoreSheet;
import com.jixiao.sheet.ScoredSheet;
import com.jixiao.sheet.SheetTree;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;

/** Builds the editor's form from a stored sheet. */
final class SheetForms {

    private SheetForms() {
    }

    static SheetForm of(ScoreSheet sheet, List<FundsLine> fundsLines, SheetTree tree, ScoredSheet scored) {
        SheetForm form = new SheetForm();
        form.setVersion(sheet.getVersion());
        form.setExpectedGoal(sheet.getExpectedGoal());
        form.setActualResult(sheet.getActualResult());
        form.setFundsWeight(plain(sheet.getFundsWeight()));
        form.setFundsDeviationNote(sheet.getFundsDeviationNote());
        FundsLine total = line(fundsLines, FundsLineKind.TOTAL);
        for (FundsLineKind kind : SheetFormReader.TYPED_FUNDS) {
            FundsLine line = line(fundsLines, kind);
            SheetForm.FundsRow row = new SheetForm.FundsRow();
            row.setKind(kind.name());
            row.setInitialBudget(amount(fundsLines, line, total, kind, FundsLine::getInitialBudget));
            row.setAnnualBudget(amount(fundsLines, line, total, kind, FundsLine::getAnnualBudget));
            row.setExecuted(amount(fundsLines, line, total, kind, FundsLine::getExecuted));
            form.getFunds().add(row);
        }
        for (SheetTree.Level1 one : tree.level1()) {
            SheetForm.Category category = new SheetForm.Category();
            category.setId(one.node().getId());
            category.setName(one.node().getName());
            category.setWeight(plain(one.node().getWeight()));
            form.getLevel1().add(category);
            for (SheetTree.Level2 two : one.level2()) {
                SheetForm.Level2 level2 = new SheetForm.Level2();
                level2.setId(two.node().getId());
                level2.setLevel1Id(one.node().getId());
                level2.setName(two.node().getName());
                form.getLevel2().add(level2);
                for (Indicator node : two.rows()) {
                    form.getRows().add(row(node, two.node().getId(), scored.resultOf(node)));
                }
            }
        }
        return form;
    }

    private static SheetForm.Row row(Indicator node, Long level2Id, IndicatorResult result) {
        SheetForm.Row row = new SheetForm.Row(level2Id);
        row.setId(node.getId());
        row.setName(node.getName());
        row.setTarget(node.getTargetText());
        row.setActual(node.getActualText());
        row.setWeight(plain(node.getWeight()));
        // A quantitative row stores its computed score; the form shows it blank ("按规则") so that it follows the
        // actual as the officer types. Only a score that differs from the computed one is an override to show.
        BigDecimal computed = result == null ? null : result.computedScore();
        BigDecimal entered = node.getEnteredScore();
        boolean followsRules = computed != null && entered != null && entered.compareTo(computed) == 0;
        row.setScore(followsRules ? null : plain(entered));
        row.setAnswer(node.getQualitativeAnswer());
        row.setOverrideReason(node.getScoreOverrideReason());
        row.setDeviationNote(node.getDeviationNote());
        return row;
    }

    /**
     * An imported sheet may print only the 年度资金总额 row. The editor types the three parts and sums them, so
     * such a total goes into 当年财政拨款 rather than being lost at the next save.
     */
    private static String amount(List<FundsLine> lines, FundsLine line, FundsLine total, FundsLineKind kind,
                                 Function<FundsLine, BigDecimal> column) {
        BigDecimal own = line == null ? null : column.apply(line);
        if (own == null && kind == FundsLineKind.APPROPRIATION && total != null && column.apply(total) != null
                && SheetFormReader.TYPED_FUNDS.stream().map(k -> line(lines, k))
                        .allMatch(l -> l == null || column.apply(l) == null)) {
            own = column.apply(total);
        }
        return plain(own);
    }

    private static FundsLine line(List<FundsLine> lines, FundsLineKind kind) {
        return lines.stream().filter(l -> l.getKind() == kind).findFirst().orElse(null);
    }

    static String plain(BigDecimal v) {
        if (v == null) {
            return null;
        }
        BigDecimal s = v.stripTrailingZeros();
        return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
    }
}
