package com.jixiao.scoring;

import com.jixiao.scoring.SheetInput.FundsInput;
import com.jixiao.scoring.SheetInput.IndicatorInput;
import com.jixiao.scoring.SheetInput.Level1Input;

import java.math.BigDecimal;
import java.util.List;

/** Object mother for sheets in tests: short names so that a sheet reads like its 附1 table. */
final class Sheets {

    private Sheets() {
    }

    static BigDecimal bd(String v) {
        return v == null ? null : new BigDecimal(v);
    }

    /** 年初预算数, 全年预算数 A, 全年执行数 B, 分值, 得分 — without a reason. */
    static FundsInput funds(String initial, String annual, String executed, String weight, String entered) {
        return new FundsInput(bd(initial), bd(annual), bd(executed), bd(weight), bd(entered), null);
    }

    static IndicatorInput row(String level2, String level3, String target, String actual, String weight,
                              String entered) {
        return new IndicatorInput(level2, level3, target, actual, bd(weight), bd(entered), null, null);
    }

    static IndicatorInput row(String target, String actual, String weight, String entered) {
        return row("数量指标", "指标", target, actual, weight, entered);
    }

    static IndicatorInput withNote(IndicatorInput r, String note) {
        return new IndicatorInput(r.level2(), r.level3(), r.target(), r.actual(), r.weight(), r.enteredScore(), note,
                r.answer());
    }

    static IndicatorInput withAnswer(IndicatorInput r, QualitativeAnswer answer) {
        return new IndicatorInput(r.level2(), r.level3(), r.target(), r.actual(), r.weight(), r.enteredScore(),
                r.deviationNote(), answer);
    }

    static Level1Input level1(String name, String weight, IndicatorInput... rows) {
        return new Level1Input(name, bd(weight), List.of(rows));
    }

    static SheetInput sheet(FundsInput funds, String enteredTotal, String enteredTotalWeight, Level1Input... level1) {
        return new SheetInput(funds, List.of(level1), bd(enteredTotal), bd(enteredTotalWeight), null, 2021);
    }

    /** A sheet with a single row and no funds block, for testing one rule at a time. */
    static SheetInput oneRow(IndicatorInput row) {
        return new SheetInput(null, List.of(new Level1Input("产出指标", null, List.of(row))), null, null, null, 2021);
    }
}
