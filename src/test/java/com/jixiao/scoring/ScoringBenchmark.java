package com.jixiao.scoring;

import com.jixiao.scoring.SheetInput.FundsInput;
import com.jixiao.scoring.SheetInput.IndicatorInput;
import com.jixiao.scoring.SheetInput.Level1Input;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Scores 50,000 sheets of 15 rows each in one thread, after a warm-up; goal under 2 s. Not a test: timings on a
 * shared CI machine would make a timed test flaky.
 *
 * <pre>./mvnw -q -o test-compile && java -cp target/classes:target/test-classes com.jixiao.scoring.ScoringBenchmark</pre>
 */
public final class ScoringBenchmark {

    private static final int SHEETS = 50_000;
    private static final String[][] TARGET_ACTUAL = {
            {"≥98%", "100%"}, {"≥80%", "70%"}, {"小于等于 5%", "0"}, {"≤5%", "7%"}, {"=1", "1"}, {"2个", "2个"},
            {"小于 10 万", "6.9 万"}, {"小于58万", "57.888"}, {"2021年12月底", "2021年6月底"}, {"降低案发率", "完成"},
            {"≥98", "100%"}, {">=95%", "99%"}, {"≥30%", "29.5%"}, {"3年", "3年"}, {"租赁的线路不少于 5 条", "4条"}};

    public static void main(String[] args) {
        List<SheetInput> sheets = sheets(new Random(42));
        Scorer scorer = new Scorer();
        RuleProfile profile = RuleProfile.nationalDefault();

        for (int i = 0; i < 5; i++) {
            run(scorer, sheets, profile);
        }
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            long start = System.nanoTime();
            long findings = run(scorer, sheets, profile);
            long ms = (System.nanoTime() - start) / 1_000_000;
            best = Math.min(best, ms);
            System.out.printf("run %d: %d sheets × 15 rows in %d ms (%d findings)%n", i + 1, sheets.size(), ms,
                    findings);
        }
        System.out.printf("best: %d ms%n", best);
    }

    private static long run(Scorer scorer, List<SheetInput> sheets, RuleProfile profile) {
        long findings = 0;
        for (SheetInput s : sheets) {
            findings += scorer.score(s, profile).findings().size();
        }
        return findings;
    }

    /** Sheets built from the seed's kinds of rows with varied numbers, so that no two sheets are alike. */
    private static List<SheetInput> sheets(Random rnd) {
        List<SheetInput> out = new ArrayList<>(SHEETS);
        for (int s = 0; s < SHEETS; s++) {
            List<IndicatorInput> output = new ArrayList<>();
            List<IndicatorInput> benefit = new ArrayList<>();
            List<IndicatorInput> satisfaction = new ArrayList<>();
            for (int r = 0; r < 15; r++) {
                String[] ta = TARGET_ACTUAL[(s + r) % TARGET_ACTUAL.length];
                String actual = rnd.nextInt(3) == 0 ? (rnd.nextInt(100) + "%") : ta[1];
                BigDecimal weight = BigDecimal.valueOf(r < 8 ? 6 : r < 14 ? 5 : 2);
                BigDecimal entered = weight.subtract(BigDecimal.valueOf(rnd.nextInt(2)));
                IndicatorInput row = new IndicatorInput("数量指标", "指标" + r, ta[0], actual, weight, entered,
                        rnd.nextBoolean() ? null : "原因", null);
                (r < 8 ? output : r < 14 ? benefit : satisfaction).add(row);
            }
            BigDecimal budget = BigDecimal.valueOf(rnd.nextInt(100_000_000) + 1, 6);
            BigDecimal executed = BigDecimal.valueOf(rnd.nextInt(100_000_000), 6);
            FundsInput funds = new FundsInput(budget, budget, executed, BigDecimal.TEN, BigDecimal.TEN, null);
            out.add(new SheetInput(funds, List.of(
                    new Level1Input("产出指标", BigDecimal.valueOf(50), output),
                    new Level1Input("效益指标", BigDecimal.valueOf(30), benefit),
                    new Level1Input("满意度指标", BigDecimal.TEN, satisfaction)),
                    BigDecimal.valueOf(90 + rnd.nextInt(11)), BigDecimal.valueOf(100), "优秀", 2021));
        }
        return out;
    }
}
