package com.jixiao.sheet;

import com.jixiao.scoring.QualitativeAnswer;
import com.jixiao.scoring.RuleProfile;
import com.jixiao.scoring.RuleProfiles;
import com.jixiao.scoring.Scorer;
import com.jixiao.scoring.SheetInput;
import com.jixiao.scoring.SheetInput.FundsInput;
import com.jixiao.scoring.SheetInput.IndicatorInput;
import com.jixiao.scoring.SheetInput.Level1Input;
import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * The one bridge between stored sheets and the scoring core: it turns a sheet into the core's
 * input and scores it by the sheet's rule profile. Pages, exports and checks all score through here.
 */
@Component
public class SheetScoring {

    private static final Pattern PRINTED_PERCENT = Pattern.compile("^\\s*(\\d+(?:\\.\\d+)?)\\s*%?\\s*$");

    private final Scorer scorer = new Scorer();

    public ScoredSheet scored(ScoreSheet sheet, List<FundsLine> fundsLines, SheetTree tree) {
        SheetInput input = input(sheet, fundsLines, tree);
        return new ScoredSheet(sheet, tree, input, scorer.score(input, profileOf(sheet)));
    }

    public static RuleProfile profileOf(ScoreSheet sheet) {
        return RuleProfiles.byCode(sheet.getProfileCode()).orElseGet(RuleProfile::nationalDefault);
    }

    public static SheetInput input(ScoreSheet sheet, List<FundsLine> fundsLines, SheetTree tree) {
        FundsLine total = fundsLines.stream().filter(line -> line.getKind() == FundsLineKind.TOTAL)
                .findFirst().orElse(null);
        FundsInput funds = new FundsInput(
                total == null ? null : total.getInitialBudget(),
                total == null ? null : total.getAnnualBudget(),
                total == null ? null : total.getExecuted(),
                sheet.getFundsWeight(), sheet.getFundsEnteredScore(), printedPercent(sheet.getFundsPrintedRate()),
                sheet.getFundsDeviationNote());
        List<Level1Input> level1 = tree.level1().stream()
                .map(one -> new Level1Input(one.node().getName(), one.node().getWeight(), one.level2().stream()
                        .flatMap(two -> two.rows().stream().map(row -> row(two.node().getName(), row)))
                        .toList()))
                .toList();
        return new SheetInput(funds, level1, sheet.getEnteredTotal(), sheet.getEnteredTotalWeight(), null,
                sheet.getProject().getFiscalYear());
    }

    private static IndicatorInput row(String level2, Indicator row) {
        return new IndicatorInput(level2, row.getName(), row.getTargetText(), row.getActualText(), row.getWeight(),
                row.getEnteredScore(), row.getDeviationNote(), answer(row.getQualitativeAnswer()));
    }

    private static QualitativeAnswer answer(String stored) {
        if (stored == null || stored.isBlank()) {
            return null;
        }
        try {
            return QualitativeAnswer.valueOf(stored);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** "74.38%" → 74.38 with the printed precision; anything else (or nothing) → null. */
    static BigDecimal printedPercent(String printed) {
        if (printed == null) {
            return null;
        }
        Matcher matcher = PRINTED_PERCENT.matcher(printed);
        return matcher.matches() ? new BigDecimal(matcher.group(1)) : null;
    }
}
