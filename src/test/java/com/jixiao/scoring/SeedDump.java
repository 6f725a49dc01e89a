package com.jixiao.scoring;

/** Prints the findings of every seed sheet: `java -cp target/classes:target/test-classes com.jixiao.scoring.SeedDump`. */
public final class SeedDump {
    public static void main(String[] args) {
        Scorer scorer = new Scorer();
        SummaryCheck summary = new SummaryCheck();
        RuleProfile hebei = RuleProfiles.byCode("hebei").orElseThrow();
        for (SeedSheets.Seed seed : SeedSheets.all().values()) {
            SheetResult r = scorer.score(seed.sheet(), hebei);
            System.out.println("== " + seed.name() + "  funds " + r.funds() + "  total " + r.total() + " " + r.grade()
                    + "  " + r.subtotals());
            r.findings().forEach(f -> System.out.println("  " + f.severity() + " " + f.code() + "  " + f.message()));
            summary.check(seed.summary(), seed.sheet(), r)
                    .forEach(f -> System.out.println("  " + f.severity() + " " + f.code() + "  " + f.message()));
        }
    }
}
