package com.jixiao.scoring;

import com.jixiao.scoring.WeightTemplate.Category;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * Built-in weight templates (DESIGN.md §5). Only "default" is fixed by the national framework; the split of the
 * other three between their categories is our seed value, to be edited by an administrator to the local form.
 */
public final class WeightTemplates {

    private static final List<String> OUTPUT = List.of("数量指标", "质量指标", "时效指标", "成本指标");
    private static final List<String> OUTPUT_WITHOUT_COST = List.of("数量指标", "质量指标", "时效指标");
    private static final List<String> BENEFIT = List.of("经济效益指标", "社会效益指标", "生态效益指标", "可持续影响指标");
    private static final List<String> SATISFACTION = List.of("服务对象满意度指标");
    private static final List<String> COST = List.of("经济成本指标", "社会成本指标", "生态环境成本指标");

    static final WeightTemplate DEFAULT = new WeightTemplate("default", "默认 10/50/30/10", bd(10), List.of(
            new Category("产出指标", bd(50), OUTPUT),
            new Category("效益指标", bd(30), BENEFIT),
            new Category("满意度指标", bd(10), SATISFACTION)));

    static final WeightTemplate COUNTY_20_80 = new WeightTemplate("county-20-80", "县级旧版 资金20 + 指标80", bd(20),
            List.of(
                    new Category("产出指标", bd(40), OUTPUT),
                    new Category("效益指标", bd(30), BENEFIT),
                    new Category("满意度指标", bd(10), SATISFACTION)));

    static final WeightTemplate WITH_COST = new WeightTemplate("with-cost", "新版 成本指标为一级指标", bd(10), List.of(
            new Category("产出指标", bd(40), OUTPUT_WITHOUT_COST),
            new Category("成本指标", bd(10), COST),
            new Category("效益指标", bd(30), BENEFIT),
            new Category("满意度指标", bd(10), SATISFACTION)));

    static final WeightTemplate NO_SATISFACTION = new WeightTemplate("no-satisfaction", "资金10 + 产出60/效益30（无满意度）",
            bd(10), List.of(
                    new Category("产出指标", bd(60), OUTPUT),
                    new Category("效益指标", bd(30), BENEFIT)));

    private static final List<WeightTemplate> ALL = List.of(DEFAULT, COUNTY_20_80, WITH_COST, NO_SATISFACTION);

    private WeightTemplates() {
    }

    public static WeightTemplate defaultTemplate() {
        return DEFAULT;
    }

    public static List<WeightTemplate> all() {
        return ALL;
    }

    public static Optional<WeightTemplate> byCode(String code) {
        return ALL.stream().filter(t -> t.code().equals(code)).findFirst();
    }

    private static BigDecimal bd(int v) {
        return BigDecimal.valueOf(v);
    }
}
