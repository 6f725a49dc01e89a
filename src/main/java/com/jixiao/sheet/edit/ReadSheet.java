package com.jixiao.sheet.edit;

import com.jixiao.sheet.FundsLineKind;
import com.jixiao.sheet.IndicatorEntry;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A {@link SheetForm} checked and converted: numbers as {@code BigDecimal}, blanks as null, rows grouped under
 * their categories. A value that failed its check is null here (and an error on the form), so a preview of a
 * half-typed sheet still scores everything else.
 *
 * @param funds the typed rows by kind; {@code total} is their sum per column
 */
public record ReadSheet(String expectedGoal, String actualResult, BigDecimal fundsWeight, String fundsDeviationNote,
                        Map<FundsLineKind, Amounts> funds, Amounts total, List<ReadCategory> level1,
                        List<ReadRow> rows) {

    /** 年初预算数, 全年预算数 (A), 全年执行数 (B) in 万元. */
    public record Amounts(BigDecimal initialBudget, BigDecimal annualBudget, BigDecimal executed) {
    }

    /** @param index position in {@link SheetForm#getLevel1()}, for the field ids */
    public record ReadCategory(int index, Long id, String name, BigDecimal weight, List<ReadLevel2> level2) {

        public List<ReadRow> rows() {
            return level2.stream().flatMap(two -> two.rows().stream()).toList();
        }
    }

    public record ReadLevel2(Long id, String name, List<ReadRow> rows) {
    }

    /**
     * A form row where it sits in the form and the grid, with what is typed on it as it will be saved.
     *
     * @param index position in {@link SheetForm#getRows()}: field ids and names use it
     * @param id    null for a row added since the sheet was opened
     */
    public record ReadRow(int index, Long id, Long level2Id, IndicatorEntry entry) {
    }
}
