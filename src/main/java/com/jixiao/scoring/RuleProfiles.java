package com.jixiao.scoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * The built-in rule profiles. Administrators will edit profiles later; these are the seed values.
 *
 * <p>Only the national profile is fully sourced (DESIGN.md §5). "hebei" differs by its grade names, which the
 * published Hebei 汇总表 use (优秀/良好/中/差); its other settings are the national ones until a Hebei source says
 * otherwise. "local-ratio" gathers the variants DESIGN.md names without a region (W×T/X for ≤ rows, bands
 * 80/50) so that those settings are exercised and selectable.
 */
public final class RuleProfiles {

    private static final List<String> SHORT_NAMES = List.of("优", "良", "中", "差");
    private static final List<String> LONG_NAMES = List.of("优秀", "良好", "中", "差");

    static final RuleProfile NATIONAL = new RuleProfile("national", "全国默认（财预〔2020〕10号）",
            ReverseFormula.LINEAR_TO_DOUBLE, new BigDecimal("0.8"), new BigDecimal("0.6"), new BigDecimal("1.3"),
            new BigDecimal("0.90"), 2, new BigDecimal(90), new BigDecimal(80), new BigDecimal(60), SHORT_NAMES);

    static final RuleProfile HEBEI = new RuleProfile("hebei", "河北（等级 优秀/良好/中/差）",
            ReverseFormula.LINEAR_TO_DOUBLE, new BigDecimal("0.8"), new BigDecimal("0.6"), new BigDecimal("1.3"),
            new BigDecimal("0.90"), 2, new BigDecimal(90), new BigDecimal(80), new BigDecimal(60), LONG_NAMES);

    static final RuleProfile LOCAL_RATIO = new RuleProfile("local-ratio", "地方变体（反向指标 W×T/X，定性 80/50）",
            ReverseFormula.RATIO, new BigDecimal("0.8"), new BigDecimal("0.5"), new BigDecimal("1.3"),
            new BigDecimal("0.90"), 2, new BigDecimal(90), new BigDecimal(80), new BigDecimal(60), LONG_NAMES);

    private static final List<RuleProfile> ALL = List.of(NATIONAL, HEBEI, LOCAL_RATIO);

    private RuleProfiles() {
    }

    public static List<RuleProfile> all() {
        return ALL;
    }

    public static Optional<RuleProfile> byCode(String code) {
        return ALL.stream().filter(p -> p.code().equals(code)).findFirst();
    }
}
