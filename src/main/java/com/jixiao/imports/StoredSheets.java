package com.jixiao.imports;

import com.jixiao.imports.ImportedSheet.Funds;
import com.jixiao.imports.ImportedSheet.FundsRow;
import com.jixiao.imports.ImportedSheet.Goal;
import com.jixiao.imports.ImportedSheet.Indicator;
import com.jixiao.sheet.FundsLine;
import com.jixiao.sheet.FundsLineKind;
import com.jixiao.sheet.SheetPage;
import com.jixiao.sheet.SheetTree;
import java.util.ArrayList;
import java.util.List;

/**
 * A stored sheet in the shape of an imported one: what the API answers for {@code GET /api/v1/sheets/{id}} and
 * what a round trip through the 附1 .xlsx must give back.
 */
public final class StoredSheets {

    private StoredSheets() {
    }

    public static ImportedSheet of(SheetPage page) {
        var sheet = page.sheet();
        var project = page.project();
        Funds funds = null;
        List<FundsRow> rows = new ArrayList<>();
        for (FundsLine line : page.fundsLines()) {
            if (line.getKind() == FundsLineKind.TOTAL) {
                funds = new Funds(line.getInitialBudget(), line.getAnnualBudget(), line.getExecuted(),
                        sheet.getFundsWeight(), sheet.getFundsEnteredScore(), rows);
            } else {
                rows.add(new FundsRow(line.getKind().name(), line.getInitialBudget(), line.getAnnualBudget(),
                        line.getExecuted()));
            }
        }
        List<Indicator> indicators = new ArrayList<>();
        for (SheetTree.Level1 one : page.tree().level1()) {
            for (SheetTree.Level2 two : one.level2()) {
                for (var row : two.rows()) {
                    indicators.add(new Indicator(one.node().getName(), one.node().getWeight(), two.node().getName(),
                            row.getName(), row.getTargetText(), row.getActualText(), row.getWeight(),
                            row.getEnteredScore(), row.getDeviationNote(), row.getQualitativeAnswer()));
                }
            }
        }
        return new ImportedSheet(null, project.getName(), project.getCode(), project.getFiscalYear(),
                page.department().getName(), page.supervisingOfficeName(), page.implementingOfficeName(), "万元",
                funds, new Goal(sheet.getExpectedGoal(), sheet.getActualResult()), indicators, sheet.getEnteredTotal(),
                List.of());
    }
}
