package com.jixiao.scoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * Which 一级/二级 categories a sheet uses and their weights (评价模板).
 *
 * @param fundsWeight weight of the 预算执行率 block
 */
public record WeightTemplate(String code, String name, BigDecimal fundsWeight, List<Category> categories) {

    /** A 一级指标 with its weight and its 二级指标 names. */
    public record Category(String name, BigDecimal weight, List<String> level2) {
        public Category {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(weight, "weight");
            level2 = List.copyOf(level2);
        }
    }

    /** @throws IllegalArgumentException when the funds weight and the category weights do not add up to 100 */
    public WeightTemplate {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(fundsWeight, "fundsWeight");
        categories = List.copyOf(categories);
        BigDecimal total = fundsWeight;
        for (Category c : categories) {
            total = total.add(c.weight());
        }
        if (total.compareTo(BigDecimal.valueOf(100)) != 0) {
            throw new IllegalArgumentException("template " + code + " weighs " + total + ", not 100");
        }
    }
}
