package com.jixiao.sheet;

import com.jixiao.common.metrics.JixiaoMeters;
import com.jixiao.rules.RuleCatalog;
import com.jixiao.scoring.RuleProfile;
import com.jixiao.scoring.RuleProfiles;
import com.jixiao.scoring.Scorer;
import com.jixiao.scoring.SheetInput;
import com.jixiao.scoring.SheetInput.FundsInput;
import com.jixiao.scoring.SheetInput.IndicatorInput;
import com.jixiao.scoring.SheetInput.Level1Input;
import com.jixiao.scoring.SheetResult;
import java.math.BigDecimal;
import jakarta.annotation.PreDestroy;
import java.util.ArrayList;
import java.util.Deque;
import java.util.concurrent.ConcurrentLinkedDeque;
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

    private static final Scorer SCORER = new Scorer();

    /**
     * Where a sheet's (code, version) is looked up. The aggregate checks itself for submission without a service at
     * hand, so the lookup is reachable statically: the stored catalog of the running application, and the shipped
     * profiles (identical to the stored version 1 of each) where none runs (unit tests of the aggregate). Safe to
     * share: a stored version never changes, so no node can hold a stale one. Each application context registers
     * its catalog while it lives and removes it when it closes — one JVM may hold several (test contexts), and a
     * closed one's catalog must never answer (its EntityManagerFactory is gone).
     */
    private static final Deque<ProfileLookup> LIVE_CATALOGS = new ConcurrentLinkedDeque<>();

    private final JixiaoMeters meters;
    private final ProfileLookup catalogLookup;

    public SheetScoring(JixiaoMeters meters, RuleCatalog catalog) {
        this.meters = meters;
        this.catalogLookup = catalog::profile;
        LIVE_CATALOGS.push(catalogLookup);
    }

    @PreDestroy
    void forgetCatalog() {
        LIVE_CATALOGS.remove(catalogLookup);
    }

    @FunctionalInterface
    private interface ProfileLookup {
        RuleProfile profile(String code, int version);
    }

    private static RuleProfile shipped(String code, int version) {
        return RuleProfiles.byCode(code).filter(p -> p.version() == version).orElseGet(RuleProfile::nationalDefault);
    }

    /** Scores a loaded sheet by its own profile version, keeping the entities for the 附1 page. */
    public ScoredSheet scored(ScoreSheet sheet, List<FundsLine> fundsLines, SheetTree tree) {
        return scoredUnder(sheet, fundsLines, tree, profileOf(sheet));
    }

    /** The sheet's own score, for its checks: rows added and not yet saved (no ids) count like the others. */
    static SheetResult result(ScoreSheet sheet, SheetTree tree) {
        return SCORER.score(input(SheetFigures.of(sheet, sheet.totalFunds().orElse(null)), tree), profileOf(sheet));
    }

    /** Scores a sheet read as projections (summaries, exports). */
    public Scored score(SheetFigures figures, List<IndicatorRow> nodes) {
        SheetInput input = input(figures, nodes);
        return new Scored(input, meters.scoring(() -> SCORER.score(input,
                profile(figures.profileCode(), figures.profileVersion()))));
    }

    public record Scored(SheetInput input, SheetResult result) {
    }

    public static RuleProfile profileOf(ScoreSheet sheet) {
        return profile(sheet.getProfileCode(), sheet.getProfileVersion());
    }

    /** The profile version a sheet names; national for a sheet that names none. */
    public static RuleProfile profile(String code, Integer version) {
        if (code == null || version == null) {
            return RuleProfile.nationalDefault();
        }
        ProfileLookup catalog = LIVE_CATALOGS.peek();
        return catalog == null ? shipped(code, version) : catalog.profile(code, version);
    }

    /** Scores a sheet under another profile version, for the differences shown before a draft is rescored. */
    public ScoredSheet scoredUnder(ScoreSheet sheet, List<FundsLine> fundsLines, SheetTree tree, RuleProfile profile) {
        FundsLine total = fundsLines.stream().filter(line -> line.getKind() == FundsLineKind.TOTAL)
                .findFirst().orElse(null);
        SheetInput input = input(SheetFigures.of(sheet, total), tree);
        return new ScoredSheet(sheet, tree, input, meters.scoring(() -> SCORER.score(input, profile)));
    }

    /** As {@link #input(SheetFigures, List)} from the entities' tree, which links nodes by reference, not id. */
    private static SheetInput input(SheetFigures figures, SheetTree tree) {
        List<Level1Input> level1 = new ArrayList<>(tree.level1().size());
        for (SheetTree.Level1 one : tree.level1()) {
            List<IndicatorInput> rows = new ArrayList<>();
            for (SheetTree.Level2 two : one.level2()) {
                for (Indicator three : two.rows()) {
                    rows.add(three.entry().input(two.node().getName()));
                }
            }
            level1.add(new Level1Input(one.node().getName(), one.node().getWeight(), rows));
        }
        return assemble(figures, level1);
    }

    /** Builds the core's input: the 一级 nodes in order, each with its 三级 rows in 二级 order. */
    static SheetInput input(SheetFigures figures, List<IndicatorRow> nodes) {
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
                    rows.add(three.entry().input(two.entry().name()));
                }
            }
            level1.add(new Level1Input(one.entry().name(), one.entry().weight(), rows));
        }
        return assemble(figures, level1);
    }

    private static SheetInput assemble(SheetFigures figures, List<Level1Input> level1) {
        FundsInput funds = new FundsInput(figures.initialBudget(), figures.annualBudget(), figures.executed(),
                figures.fundsWeight(), figures.fundsEnteredScore(), printedPercent(figures.fundsPrintedRate()),
                figures.fundsDeviationNote());
        return new SheetInput(funds, level1, figures.enteredTotal(), figures.enteredTotalWeight(), null,
                figures.fiscalYear());
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
