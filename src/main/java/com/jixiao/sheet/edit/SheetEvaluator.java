package com.jixiao.sheet.edit;

import com.jixiao.scoring.Finding;
import com.jixiao.scoring.RuleProfile;
import com.jixiao.scoring.Scorer;
import com.jixiao.scoring.SheetInput;
import com.jixiao.scoring.SheetInput.FundsInput;
import com.jixiao.scoring.SheetInput.IndicatorInput;
import com.jixiao.scoring.SheetInput.Level1Input;
import com.jixiao.scoring.SheetResult;
import com.jixiao.scoring.SheetResult.IndicatorResult;
import com.jixiao.sheet.edit.ReadSheet.ReadCategory;
import com.jixiao.sheet.edit.ReadSheet.ReadLevel2;
import com.jixiao.sheet.edit.ReadSheet.ReadRow;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Scores a sheet being edited with the scoring core, exactly as it will be scored once saved: the live preview,
 * the save and the submit check all go through here, so what the officer sees is what is stored.
 */
public final class SheetEvaluator {

    private static final Scorer SCORER = new Scorer();

    private SheetEvaluator() {
    }

    public static Evaluation evaluate(ReadSheet sheet, int fiscalYear, RuleProfile profile) {
        // First pass with the typed scores only, to learn the computed ones; a quantitative row without an
        // override then stores its computed score, so the second pass scores the sheet as it will be saved
        // (and does not report every untouched row as "未填写得分").
        Map<Integer, BigDecimal> typed = new HashMap<>();
        sheet.rows().forEach(row -> typed.put(row.index(), row.entry().enteredScore()));
        List<ReadRow> order = new ArrayList<>();
        SheetResult first = SCORER.score(input(sheet, fiscalYear, typed::get, null, null, order), profile);

        Map<Integer, BigDecimal> stored = new HashMap<>();
        for (int i = 0; i < order.size(); i++) {
            ReadRow row = order.get(i);
            BigDecimal computed = first.indicators().get(i).computedScore();
            BigDecimal typedScore = row.entry().enteredScore();
            stored.put(row.index(), typedScore != null ? typedScore : computed);
        }
        BigDecimal fundsPoints = first.funds().score();
        BigDecimal enteredTotal = fundsPoints;
        BigDecimal totalWeight = sheet.fundsWeight();
        for (ReadRow row : order) {
            enteredTotal = add(enteredTotal, stored.get(row.index()));
            totalWeight = add(totalWeight, row.entry().weight());
        }

        order.clear();
        SheetResult result = SCORER.score(input(sheet, fiscalYear, stored::get, fundsPoints, enteredTotal, order),
                profile);
        Map<Integer, IndicatorResult> byRow = new HashMap<>();
        Map<String, Integer> rowOfPath = new LinkedHashMap<>();
        for (int i = 0; i < order.size(); i++) {
            IndicatorResult r = result.indicators().get(i);
            byRow.put(order.get(i).index(), r);
            // Two rows with the same path (a name typed twice) share their findings' place: the first one.
            rowOfPath.putIfAbsent(r.path(), order.get(i).index());
        }
        Map<Integer, List<Finding>> rowFindings = new HashMap<>();
        List<Finding> sheetFindings = new ArrayList<>();
        for (Finding f : result.findings()) {
            Integer row = rowOfPath.get(f.path());
            if (row == null) {
                sheetFindings.add(f);
            } else {
                rowFindings.computeIfAbsent(row, k -> new ArrayList<>()).add(f);
            }
        }
        return new Evaluation(sheet, result, byRow, rowFindings, sheetFindings, stored, enteredTotal, totalWeight);
    }

    /** @param fundsPoints the funds score as it will be stored (computed), null in the first pass */
    private static SheetInput input(ReadSheet sheet, int year, Function<Integer, BigDecimal> scores,
                                    BigDecimal fundsPoints, BigDecimal enteredTotal, List<ReadRow> order) {
        ReadSheet.Amounts total = sheet.total();
        FundsInput funds = new FundsInput(total.initialBudget(), total.annualBudget(), total.executed(),
                sheet.fundsWeight(), fundsPoints, sheet.fundsDeviationNote());
        List<Level1Input> level1 = new ArrayList<>();
        for (ReadCategory one : sheet.level1()) {
            List<IndicatorInput> rows = new ArrayList<>();
            for (ReadLevel2 two : one.level2()) {
                for (ReadRow row : two.rows()) {
                    order.add(row);
                    rows.add(row.entry().input(two.name(), scores.apply(row.index())));
                }
            }
            level1.add(new Level1Input(one.name(), one.weight(), rows));
        }
        return new SheetInput(funds, level1, enteredTotal, null, null, year);
    }

    private static BigDecimal add(BigDecimal sum, BigDecimal value) {
        if (value == null) {
            return sum;
        }
        return sum == null ? value : sum.add(value);
    }
}
