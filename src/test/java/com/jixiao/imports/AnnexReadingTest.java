package com.jixiao.imports;

import static org.assertj.core.api.Assertions.assertThat;

import com.jixiao.demo.SeedDocument.FundsLineData;
import com.jixiao.demo.SeedDocument.Level1;
import com.jixiao.demo.SeedDocument.Level2;
import com.jixiao.demo.SeedDocument.Row;
import com.jixiao.demo.SeedDocument.Sheet;
import org.springframework.util.unit.DataSize;
import com.jixiao.imports.AnnexFiles.Layout;
import org.springframework.util.unit.DataSize;
import com.jixiao.imports.AnnexFiles.Style;
import com.jixiao.imports.ImportedSheet.Indicator;
import com.jixiao.scoring.TargetParser;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * Reads every seed 附1 back from files in every layout and variant, and counts the files and cells read right: each
 * compared value (project, offices, year, the funds block, goals, each row's nine values, the total) is one cell.
 */
class AnnexReadingTest {

    static final ImportLimits LIMITS = new ImportLimits(DataSize.ofMegabytes(10), DataSize.ofMegabytes(100), 1000, 24);

    /** Layout variants, each written for each seed sheet as .xlsx and as .docx. */
    static final Map<String, Style> VARIANTS = new LinkedHashMap<>();

    static {
        VARIANTS.put("seed", Style.plain(Layout.SEED));
        VARIANTS.put("seed, offset, numbers as text", new Style(Layout.SEED, 3, 2, true, false, false));
        VARIANTS.put("split", Style.plain(Layout.SPLIT));
        VARIANTS.put("split, full-width text numbers", new Style(Layout.SPLIT, 1, 1, true, true, false));
        VARIANTS.put("marked, 元", new Style(Layout.MARKED, 0, 0, false, false, true));
        VARIANTS.put("marked, 元, offset, full-width", new Style(Layout.MARKED, 2, 3, true, true, true));
        VARIANTS.put("marked, 万元", new Style(Layout.MARKED, 0, 1, true, false, false));
    }

    int cells;
    int cellsRight;
    final List<String> wrong = new ArrayList<>();

    @Test
    void everySeedSheetReadsBackInEveryLayoutAsWorksheetAndWordTable() {
        List<Sheet> sheets = AnnexFiles.sheets();
        int files = 0;
        int filesRight = 0;
        for (Map.Entry<String, Style> variant : VARIANTS.entrySet()) {
            for (String format : List.of("xlsx", "docx")) {
                for (Sheet s : sheets) {
                    byte[] bytes = format.equals("xlsx") ? AnnexFiles.xlsx(s, 2021, variant.getValue())
                            : AnnexFiles.docx(List.of(s), 2021, variant.getValue());
                    AnnexFile file = AnnexFile.read("t." + format, bytes, LIMITS);
                    files++;
                    int before = wrong.size();
                    assertThat(file.sheets()).hasSize(1);
                    compare(variant.getKey() + "/" + format + "/" + s.projectName(), s, file.sheets().get(0));
                    if (wrong.size() == before) {
                        filesRight++;
                    }
                }
            }
        }
        // One workbook with every sheet, one per worksheet, and one Word file with every table.
        for (String format : List.of("xlsx", "docx")) {
            Style style = Style.plain(Layout.SEED);
            byte[] bytes = format.equals("xlsx") ? AnnexFiles.xlsx(sheets, 2021, style)
                    : AnnexFiles.docx(sheets, 2021, style);
            AnnexFile file = AnnexFile.read("all." + format, bytes, LIMITS);
            files++;
            int before = wrong.size();
            assertThat(file.sheets()).hasSize(sheets.size());
            for (int i = 0; i < sheets.size(); i++) {
                compare("all/" + format + "/" + i, sheets.get(i), file.sheets().get(i));
            }
            if (wrong.size() == before) {
                filesRight++;
            }
        }
        System.out.printf("附1 import: %d/%d files and %d/%d cells read right%n", filesRight, files, cellsRight, cells);
        assertThat(wrong).as("values read wrong").isEmpty();
        assertThat(filesRight).isEqualTo(files);
        assertThat(files).isEqualTo(VARIANTS.size() * 2 * 12 + 2);
    }

    /** The files committed under src/test/resources/imports (written by {@link AnnexFiles}) read right too. */
    @Test
    void theCommittedExampleFilesReadRight() throws Exception {
        List<Sheet> sheets = AnnexFiles.sheets();
        Map<String, List<Sheet>> files = new LinkedHashMap<>();
        files.put("seed-layout-all-12.xlsx", sheets);
        files.put("split-target-columns.xlsx", List.of(sheets.get(7)));
        files.put("marked-yuan-fullwidth.xlsx", List.of(sheets.get(3)));
        files.put("seed-layout.docx", List.of(sheets.get(0), sheets.get(1)));
        files.put("split-target-columns.docx", List.of(sheets.get(5)));
        for (Map.Entry<String, List<Sheet>> file : files.entrySet()) {
            byte[] bytes;
            try (var in = getClass().getResourceAsStream("/imports/" + file.getKey())) {
                bytes = in.readAllBytes();
            }
            AnnexFile read = AnnexFile.read(file.getKey(), bytes, LIMITS);
            assertThat(read.sheets()).hasSize(file.getValue().size());
            for (int i = 0; i < file.getValue().size(); i++) {
                compare(file.getKey() + "/" + i, file.getValue().get(i), read.sheets().get(i));
            }
        }
        assertThat(wrong).isEmpty();
    }

    private void compare(String where, Sheet s, ImportedSheet read) {
        check(where, "project", s.projectName(), read.project());
        check(where, "supervising", s.supervisingOffice(), read.supervisingUnit());
        check(where, "implementing", s.implementingOffice(), read.implementingUnit());
        check(where, "year", 2021, read.year());
        FundsLineData total = s.funds().lines().get(0);
        check(where, "initialBudget", total.initialBudget(), read.funds().initialBudget());
        check(where, "annualBudget", total.annualBudget(), read.funds().annualBudget());
        check(where, "executed", total.executed(), read.funds().executed());
        check(where, "fundsWeight", s.funds().weight(), read.funds().weight());
        check(where, "fundsScore", s.funds().enteredScore(), read.funds().enteredScore());
        for (int k = 1; k < 4; k++) {
            FundsLineData line = s.funds().lines().get(k);
            ImportedSheet.FundsRow row = read.funds().rows().stream()
                    .filter(candidate -> candidate.kind().equals(line.kind())).findFirst().orElse(null);
            check(where, line.kind() + ".annual", line.annualBudget(), row == null ? null : row.annualBudget());
            check(where, line.kind() + ".executed", line.executed(), row == null ? null : row.executed());
        }
        check(where, "expected", s.expectedGoal(), read.goal() == null ? null : read.goal().expected());
        check(where, "actual", s.actualResult(), read.goal() == null ? null : read.goal().actual());
        List<Indicator> rows = read.indicators();
        int i = 0;
        for (Level1 one : s.level1()) {
            for (Level2 two : one.level2()) {
                for (Row row : two.indicators()) {
                    Indicator got = i < rows.size() ? rows.get(i) : null;
                    String at = where + " row " + i;
                    check(at, "level1", one.name(), got == null ? null : got.level1());
                    check(at, "level1Weight", one.weight(), got == null ? null : got.level1Weight());
                    check(at, "level2", key(two.name()), got == null ? null : got.level2());
                    check(at, "level3", row.name(), got == null ? null : got.level3());
                    check(at, "target", key(row.target()), got == null ? null : key(got.target()));
                    check(at, "actual", row.actual(), got == null ? null : got.actual());
                    check(at, "weight", row.weight(), got == null ? null : got.weight());
                    check(at, "score", row.score(), got == null ? null : got.enteredScore());
                    check(at, "note", row.deviationNote(), got == null ? null : got.deviationNote());
                    i++;
                }
            }
        }
        check(where, "rowCount", i, rows.size());
        check(where, "enteredTotal", s.printedTotalScore(), read.enteredTotal());
        check(where, "problems", List.of(), read.problems());
    }

    private static String key(String text) {
        return text == null ? null : TargetParser.normalize(text);
    }

    private void check(String where, String what, Object expected, Object actual) {
        cells++;
        boolean same = expected instanceof BigDecimal e && actual instanceof BigDecimal a ? e.compareTo(a) == 0
                : Objects.equals(expected, actual);
        if (same) {
            cellsRight++;
        } else {
            wrong.add(where + " " + what + ": expected " + expected + " but read " + actual);
        }
    }
}
