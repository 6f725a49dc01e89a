package com.jixiao.imports;

import com.jixiao.scoring.QualitativeAnswer;
import com.jixiao.scoring.SheetInput;
import com.jixiao.scoring.SheetInput.FundsInput;
import com.jixiao.scoring.SheetInput.IndicatorInput;
import com.jixiao.scoring.SheetInput.Level1Input;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One 附1 as read from a file (or sent to the API): entered values only, amounts in 万元 whatever the file used.
 * Anything may be missing; what could not be read is in {@link #problems}, with its cell.
 *
 * @param sheet     where it was read ("附1" for a worksheet, "表格 2" in a Word file); null from the API
 * @param amountsIn the unit the file's funds header named ("元" or "万元"); amounts here are always in 万元
 */
public record ImportedSheet(String sheet, String project, String code, Integer year, String department,
                            String supervisingUnit, String implementingUnit, String amountsIn, Funds funds,
                            Goal goal, List<Indicator> indicators, BigDecimal enteredTotal,
                            List<Problem> problems) {

    public ImportedSheet {
        indicators = indicators == null ? List.of() : List.copyOf(indicators);
        problems = problems == null ? List.of() : List.copyOf(problems);
    }

    /**
     * The 年度资金总额 row and the points; {@code rows} are the lines under it (当年财政拨款, 上年结转资金, 其他资金)
     * where the file had them.
     */
    public record Funds(BigDecimal initialBudget, BigDecimal annualBudget, BigDecimal executed, BigDecimal weight,
                        BigDecimal enteredScore, List<FundsRow> rows) {
    }

    /** @param kind APPROPRIATION (当年财政拨款), CARRY_OVER (上年结转资金) or OTHER (其他资金) */
    public record FundsRow(String kind, BigDecimal initialBudget, BigDecimal annualBudget, BigDecimal executed) {
    }

    public record Goal(String expected, String actual) {
    }

    /**
     * A 三级 row with its 一级 (and the 一级's printed points) and 二级.
     *
     * @param answer a qualitative row's 达成情况 as the editor takes it ({@link QualitativeAnswer} name); null where
     *               the 附1 has no such cell (files) or the row is scored from its values
     */
    public record Indicator(String level1, BigDecimal level1Weight, String level2, String level3, String target,
                            String actual, BigDecimal weight, BigDecimal enteredScore, String deviationNote,
                            String answer) {
    }

    /** A cell that could not be read: {@code message} names the table and cell, in Chinese. */
    public record Problem(String sheet, String cell, String message) {
    }

    /** As the scoring core takes it, for the preview's scores and findings. */
    public SheetInput toInput() {
        FundsInput fundsInput = funds == null ? null : new FundsInput(funds.initialBudget(), funds.annualBudget(),
                funds.executed(), funds.weight(), funds.enteredScore(), null);
        BigDecimal totalWeight = null;
        return new SheetInput(fundsInput, level1Inputs(indicators), enteredTotal, totalWeight, null,
                year != null ? year : java.time.Year.now().getValue() - 1);
    }

    /**
     * Rows that arrive flat (a file, a JSON request) as the scoring core takes them: grouped by 一级指标 in the order
     * each first appears; a 一级's weight is the first one given for it. An answer that names none counts as none.
     */
    public static List<Level1Input> level1Inputs(List<Indicator> rows) {
        Map<String, List<IndicatorInput>> grouped = new LinkedHashMap<>();
        Map<String, BigDecimal> weights = new LinkedHashMap<>();
        for (Indicator row : rows) {
            String level1 = row.level1() == null ? "" : row.level1();
            grouped.computeIfAbsent(level1, key -> new ArrayList<>()).add(new IndicatorInput(row.level2(),
                    row.level3(), row.target(), row.actual(), row.weight(), row.enteredScore(), row.deviationNote(),
                    QualitativeAnswer.parse(row.answer()).orElse(null)));
            if (row.level1Weight() != null) {
                weights.putIfAbsent(level1, row.level1Weight());
            }
        }
        return grouped.entrySet().stream()
                .map(entry -> new Level1Input(entry.getKey(), weights.get(entry.getKey()), entry.getValue()))
                .toList();
    }
}
