package com.jixiao.sheet;

import com.jixiao.common.metrics.JixiaoMeters;
import com.jixiao.scoring.QualitativeAnswer;
import com.jixiao.scoring.RuleProfile;
import com.jixiao.scoring.RuleProfiles;
import com.jixiao.scoring.Scorer;
import com.jixiao.scoring.SheetInput;
import com.jixiao.scoring.SheetInput.FundsInput;
import com.jixiao.scoring.SheetInput.IndicatorInput;
import com.jixiao.scoring.SheetInput.Level1Input;
import com.jixiao.scoring.SheetResult;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * The one bridge between stored sheets and the scoring core: it turns a sheet (entity or
 * projection) into the core's input and scores it by the sheet's rule profile. Pages, exports and
 * checks all score through here.
 */
@Component
public class SheetScoring {

    private static final Pattern PRINTED_PERCENT = Pattern.compile("^\\s*(\\d+(?:\\.\\d+)?)\\s*%?\\s*$");

    private final Scorer scorer = new Scorer();
    private final JixiaoMeters meters;

    public SheetScoring(JixiaoMeters meters) {
        this.meters = meters;
    }

    /** Scores a loaded sheet, keeping the entities for the 附1 page. */
    public ScoredSheet scored(ScoreSheet sheet, List<FundsLine> fundsLines, SheetTree tree) {
        FundsLine total = fundsLines.stream().filter(line -> line.getKind() == FundsLineKind.TOTAL)
                .findFirst().orElse(null);
        SheetInput input = input(SheetFigures.of(sheet, total), tree.nodes().stream().map(IndicatorRow::of).toList());
        return new ScoredSheet(sheet, tree, input,
                meters.scoring(() -> scorer.score(input, profile(sheet.getProfileCode()))));
    }

    /** Scores a sheet read as projections (summaries, exports). */
    public Scored score(SheetFigures figures, List<IndicatorRow> nodes) {
        SheetInput input = input(figures, nodes);
        return new Scored(input, meters.scoring(() -> scorer.score(input, profile(figures.profileCode()))));
    }

    public record Scored(SheetInput input, SheetResult result) {
    }

    public static RuleProfile profileOf(ScoreSheet sheet) {
        return profile(sheet.getProfileCode());
    }

    public static RuleProfile profile(String code) {
        return code == null ? RuleProfile.nationalDefault()
                : RuleProfiles.byCode(code).orElseGet(RuleProfile::nationalDefault);
    }

    /** Builds the core's input: the 一级 nodes in order, each with its 三级 rows in 二级 order. */
    static SheetInput input(SheetFigures figures, List<IndicatorRow> nodes) {
        FundsInput funds = new FundsInput(figures.initialBudget(), figures.annualBudget(), figures.executed(),
                figures.fundsWeight(), figures.fundsEnteredScore(), printedPercent(figures.fundsPrintedRate()),
                figures.fundsDeviationNote());
        Map<Long, List<IndicatorRow>> children = new HashMap<>();
        List<IndicatorRow> roots = new ArrayList<>();
        nodes.stream().sorted(Comparator.comparingInt(IndicatorRow::level).thenComparingInt(IndicatorRow::position))
                .forEach(node -> {
                    if (node.parentId() == null) {
                        roots.add(node);
                    } else {
                        children.computeIfAbsent(node.parentId(), key -> new ArrayList<>()).add(node);
                    }
                });
        List<Level1Input> level1 = new ArrayList<>(roots.size());
        for (IndicatorRow one : roots) {
            List<IndicatorInput> rows = new ArrayList<>();
            for (IndicatorRow two : children.getOrDefault(one.id(), List.of())) {
                for (IndicatorRow three : children.getOrDefault(two.id(), List.of())) {
                    rows.add(new IndicatorInput(two.name(), three.name(), three.targetText(), three.actualText(),
                            three.weight(), three.enteredScore(), three.deviationNote(),
                            answer(three.qualitativeAnswer())));
                }
            }
            level1.add(new Level1Input(one.name(), one.weight(), rows));
        }
        return new SheetInput(funds, level1, figures.enteredTotal(), figures.enteredTotalWeight(), null,
                figures.fiscalYear());
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
