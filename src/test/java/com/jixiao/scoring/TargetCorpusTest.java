package com.jixiao.scoring;

import com.jixiao.scoring.ParsedValue.Blank;
import com.jixiao.scoring.ParsedValue.DateValue;
import com.jixiao.scoring.ParsedValue.Qualitative;
import com.jixiao.scoring.ParsedValue.Quantity;
import com.jixiao.scoring.ParsedValue.Range;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The corpus of how officers write 年度指标值 and 实际完成值 (src/test/resources/scoring/target-corpus.tsv): the seed's
 * cells, published 自评表 phrasing and written variants, each with the reading expected of it, written by hand.
 */
class TargetCorpusTest {

    private static final String CORPUS = "/scoring/target-corpus.tsv";
    /** The sheet's year for dates written without one (11月底前, 年底前). */
    private static final int YEAR = 2022;

    static List<Arguments> corpus() {
        List<Arguments> rows = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                TargetCorpusTest.class.getResourceAsStream(CORPUS), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t");
                rows.add(Arguments.of(cells[0], String.join(" | ", Arrays.copyOfRange(cells, 1, cells.length))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    @ParameterizedTest(name = "{0} → {1}")
    @MethodSource("corpus")
    void readsAsExpected(String text, String expected) {
        ParsedValue v = TargetParser.parse(text, YEAR);
        assertThat(reading(v)).isEqualTo(expected);
        assertThat(v.original()).isEqualTo(v instanceof Blank ? "" : text.strip());
    }

    /** Typed with a Chinese input method, every ASCII character comes full-width (９８％, ＞＝, －); the reading must not change. */
    @ParameterizedTest(name = "{0} → {1}")
    @MethodSource("corpus")
    void fullWidthReadsTheSame(String text, String expected) {
        StringBuilder wide = new StringBuilder();
        for (char c : text.toCharArray()) {
            wide.append(c >= '!' && c <= '~' ? (char) (c + 0xFEE0) : c);
        }
        assertThat(reading(TargetParser.parse(wide.toString(), YEAR))).isEqualTo(expected);
    }

    @Test
    void corpusHasHundredsOfRowsOfEveryKind() {
        List<String> kinds = corpus().stream().map(a -> ((String) a.get()[1]).split(" \\| ")[0]).toList();
        assertThat(kinds).hasSizeGreaterThan(400)
                .contains("QUANTITY", "RANGE", "DATE", "QUALITATIVE", "BLANK");
    }

    /** A reading in the corpus's columns: kind | operator | value | unit | change. */
    private static String reading(ParsedValue v) {
        if (v instanceof Quantity q) {
            return String.join(" | ", "QUANTITY", q.op().name(), plain(q.value()), unit(q), change(q));
        }
        if (v instanceof Range r) {
            return String.join(" | ", "RANGE", "NONE", plain(r.low().value()) + "~" + plain(r.high().value()),
                    unit(r.low()).equals(unit(r.high())) ? unit(r.high()) : unit(r.low()) + "≠" + unit(r.high()),
                    r.low().change() == r.high().change() ? change(r.high()) : "?");
        }
        if (v instanceof DateValue d) {
            return String.join(" | ", "DATE", d.op().name(), d.date().toString());
        }
        return v instanceof Qualitative ? "QUALITATIVE" : "BLANK";
    }

    private static String plain(BigDecimal v) {
        return v.stripTrailingZeros().toPlainString();
    }

    private static String unit(Quantity q) {
        String unit = (q.percent() ? "%" : "") + q.unit();
        return unit.isEmpty() ? "-" : unit;
    }

    private static String change(Quantity q) {
        return q.change() == Change.NONE ? "-" : q.change().name();
    }
}
