package com.jixiao.sheet.edit;

import org.springframework.modulith.NamedInterface;
import java.util.ArrayList;
import java.util.List;
import lombok.Data;
import lombok.NoArgsConstructor;

/**
 * Everything the 附1 editor posts, as typed: numbers are text so that "12,5元" or "abc" comes back on the page
 * beside a Chinese message instead of being lost in a conversion error. Never an entity; {@link SheetFormReader}
 * checks and converts it, the service applies it.
 *
 * <p>The 三级 rows are one flat list in page order, each naming its 二级 category; the page groups them. The
 * categories ride along as hidden fields so that a rejected form re-renders from what was posted, without
 * reloading the sheet.
 */
@NamedInterface("editor")
@Data
public class SheetForm {

    /** The sheet version the officer started from (optimistic locking). */
    private Long version;

    private String expectedGoal;
    private String actualResult;
    private String fundsWeight;
    private String fundsDeviationNote;

    /** The three typed funds rows: 当年财政拨款, 上年结转资金, 其他资金. 年度资金总额 is their sum. */
    private List<FundsRow> funds = new ArrayList<>();

    private List<Category> level1 = new ArrayList<>();
    private List<Level2> level2 = new ArrayList<>();
    private List<Row> rows = new ArrayList<>();

    @Data
    @NoArgsConstructor
    public static class FundsRow {
        private String kind;
        private String initialBudget;
        private String annualBudget;
        private String executed;
    }

    /** A 一级指标: name fixed by the template, weight editable. */
    @Data
    @NoArgsConstructor
    public static class Category {
        private Long id;
        private String name;
        private String weight;
    }

    /** A 二级指标 (fixed by the template). */
    @Data
    @NoArgsConstructor
    public static class Level2 {
        private Long id;
        private Long level1Id;
        private String name;
    }

    /**
     * A 三级指标 row as the browser posts it; {@code id} is null for a row added since the last save. Its own type
     * because a form binds text: a value that does not parse comes back as typed, next to its error.
     */
    @Data
    @NoArgsConstructor
    public static class Row {
        private Long id;
        private Long level2Id;
        private String name;
        private String target;
        private String actual;
        private String weight;
        /** Quantitative row: an override of the computed score (blank = keep it); otherwise the hand score. */
        private String score;
        /** A {@link com.jixiao.scoring.QualitativeAnswer} name, or blank. */
        private String answer;
        private String overrideReason;
        private String deviationNote;

        public Row(Long level2Id) {
            this.level2Id = level2Id;
        }
    }
}
