package com.jixiao.sheet;

import java.math.BigDecimal;
import java.util.List;

/**
 * The indicator grid as the editor saves it: the sheet's own 一级/二级 categories (by id) with the 一级 weights, and
 * under each 二级 its 三级 rows in order — existing rows by id, new ones without. See
 * {@link ScoreSheet#replaceIndicators}.
 */
public record IndicatorPlan(List<Category> level1) {

    public record Category(Long id, BigDecimal weight, List<Level2> level2) {
    }

    public record Level2(Long id, List<Row> rows) {
    }

    /**
     * A row of the plan: which stored row (if any) takes the entry; its 二级 and position are where the plan lists it.
     *
     * @param id null for a row added since the sheet was opened
     */
    public record Row(Long id, IndicatorEntry entry) {
    }
}
