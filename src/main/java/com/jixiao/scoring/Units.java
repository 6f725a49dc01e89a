package com.jixiao.scoring;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;

/**
 * Units the parser accepts after a number and how they convert. Only units listed here are read as units: an
 * unknown word after a number ("100%完成") makes the text qualitative rather than guessing.
 */
final class Units {

    private static final BigDecimal TEN_THOUSAND = new BigDecimal(10_000);
    private static final BigDecimal HUNDRED_MILLION = new BigDecimal(100_000_000);
    private static final BigDecimal THOUSAND = new BigDecimal(1_000);

    /** Plain units (their own base) that may also carry a 万/亿 scale prefix (万人, 万元). */
    static final Set<String> PLAIN = Set.of(
            "个", "人", "人次", "条", "套", "件", "次", "场", "年", "月", "天", "日", "小时", "周", "季度",
            "元", "米", "平方米", "立方米", "亩", "公顷", "吨", "千克", "台", "辆", "家", "户", "户次", "所", "处",
            "座", "间", "张", "份", "本", "册", "篇", "项", "批", "期", "名", "位", "起", "宗", "课时", "学时",
            "分钟", "台套", "架", "部", "栋", "株", "只", "头", "盏", "块", "辆次", "班", "期次", "门", "类", "支", "岗",
            // points (85分), working days, percentage points (增长2个百分点), per mille, and places counted in tables
            "分", "工作日", "百分点", "‰", "村", "乡镇", "镇", "社区", "所学校", "学校", "企业", "单位", "网点", "床",
            "床位", "卷", "幅", "点位", "节", "集", "轮", "届", "组", "对", "片", "座次", "箱");

    /** Units that are a multiple of another unit. "万"/"亿" alone are pure scales (base unit ""). */
    private static final Map<String, Conversion> CONVERTED = Map.ofEntries(
            Map.entry("万", new Conversion("", TEN_THOUSAND)),
            Map.entry("亿", new Conversion("", HUNDRED_MILLION)),
            Map.entry("千元", new Conversion("元", THOUSAND)),
            Map.entry("公里", new Conversion("米", THOUSAND)),
            Map.entry("千米", new Conversion("米", THOUSAND)),
            Map.entry("公斤", new Conversion("千克", BigDecimal.ONE)),
            Map.entry("平方公里", new Conversion("平方米", new BigDecimal(1_000_000))),
            Map.entry("平米", new Conversion("平方米", BigDecimal.ONE)),
            Map.entry("㎡", new Conversion("平方米", BigDecimal.ONE)),
            Map.entry("km", new Conversion("米", THOUSAND)),
            Map.entry("kg", new Conversion("千克", BigDecimal.ONE)));

    private record Conversion(String base, BigDecimal factor) {
    }

    private Units() {
    }

    static boolean isKnown(String unit) {
        if (unit.isEmpty() || PLAIN.contains(unit) || CONVERTED.containsKey(unit)) {
            return true;
        }
        if (isCounted(unit)) {
            return true;
        }
        char scale = unit.charAt(0);
        return (scale == '万' || scale == '亿') && isKnown(unit.substring(1)) && unit.length() > 1
                && !CONVERTED.containsKey(unit.substring(1));
    }

    /**
     * 个 before a unit only counts it: 12个月 is 12 月, 3个工作日 3 工作日, 2个百分点 2 百分点. (个 alone is a unit of its
     * own, and 5个村 stays 5 村.)
     */
    private static boolean isCounted(String unit) {
        return unit.length() > 1 && unit.charAt(0) == '个' && !unit.startsWith("个个") && isKnown(unit.substring(1));
    }

    static String baseUnit(String unit) {
        if (isCounted(unit)) {
            return baseUnit(unit.substring(1));
        }
        Conversion c = CONVERTED.get(unit);
        if (c != null) {
            return c.base();
        }
        if (unit.length() > 1 && (unit.charAt(0) == '万' || unit.charAt(0) == '亿')) {
            return unit.substring(1);
        }
        return unit;
    }

    static BigDecimal factor(String unit) {
        if (unit.isEmpty()) {
            return BigDecimal.ONE;
        }
        if (isCounted(unit)) {
            return factor(unit.substring(1));
        }
        Conversion c = CONVERTED.get(unit);
        if (c != null) {
            return c.factor();
        }
        if (unit.length() > 1 && unit.charAt(0) == '万') {
            return TEN_THOUSAND;
        }
        if (unit.length() > 1 && unit.charAt(0) == '亿') {
            return HUNDRED_MILLION;
        }
        return BigDecimal.ONE;
    }
}
