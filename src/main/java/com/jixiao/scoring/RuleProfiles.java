package com.jixiao.scoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * The shipped rule profiles, version 1 of each. Migration V310 stores exactly these settings in the database, where
 * administrators edit them (a test compares the two); the scoring core keeps them so that it can be tested, and
 * scored, without a database.
 *
 * <p>Honest about sources (each profile's {@code source} says the same): only the national profile is documented
 * (DESIGN.md §5). "hebei" differs by its grade names, which the seed's Hebei 汇总表 prints (优秀/良好); "guangxi" and
 * "sichuan" carry the settings they are known by in our notes — not yet checked against the provinces' own
 * documents; "local-ratio" gathers the variants DESIGN.md names without a region (W×T/X for ≤ rows, bands 80/50).
 */
public final class RuleProfiles {

    private static final List<String> SHORT_NAMES = List.of("优", "良", "中", "差");
    private static final List<String> LONG_NAMES = List.of("优秀", "良好", "中", "差");

    private static final BigDecimal ACHIEVED = new BigDecimal("0.8");
    private static final BigDecimal PARTIAL = new BigDecimal("0.6");
    private static final BigDecimal OVERSHOOT = new BigDecimal("1.3");
    private static final BigDecimal EXECUTION = new BigDecimal("0.90");
    private static final BigDecimal EXCELLENT = new BigDecimal(90);
    private static final BigDecimal GOOD = new BigDecimal(80);
    private static final BigDecimal FAIR = new BigDecimal(60);

    static final RuleProfile NATIONAL = new RuleProfile("national", 1, "全国默认（财预〔2020〕10号）",
            ReverseFormula.LINEAR_TO_DOUBLE, ACHIEVED, PARTIAL, OVERSHOOT, true, EXECUTION, false, 2, 2,
            EXCELLENT, GOOD, FAIR, SHORT_NAMES,
            "有据：财预〔2020〕10号《项目支出绩效评价管理办法》；省级预算管理一体化平台绩效模块的计分规则；"
                    + "河北、安徽、四川公开的自评表。反向指标按线性扣分至 2 倍指标值得 0 分；定性指标 80%/60% 分档；"
                    + "超过指标值 130% 或执行率低于 90% 须说明偏差原因；等级 优 ≥90、良 ≥80、中 ≥60、差 <60。");

    static final RuleProfile HEBEI = new RuleProfile("hebei", 1, "河北（等级 优秀/良好/中/差）",
            ReverseFormula.LINEAR_TO_DOUBLE, ACHIEVED, PARTIAL, OVERSHOOT, true, EXECUTION, false, 2, 2,
            EXCELLENT, GOOD, FAIR, LONG_NAMES,
            "有据：等级名称“优秀/良好”取自承德市公安局高新技术产业开发区分局 2021 年度自评报告（河北）的汇总表。"
                    + "假设：其余设置未见河北专门文件，沿用全国默认，待河北财政文件核实。");

    static final RuleProfile GUANGXI = new RuleProfile("guangxi", 1, "广西（超 130% 须说明，定性指标逐项说明）",
            ReverseFormula.LINEAR_TO_DOUBLE, ACHIEVED, PARTIAL, OVERSHOOT, true, EXECUTION, true, 2, 2,
            EXCELLENT, GOOD, FAIR, SHORT_NAMES,
            "依据本项目需求记录（议题 16）所述广西做法：实际值超过指标值 130% 须说明偏差原因，每个定性指标均须填写说明。"
                    + "假设：尚未核对广西财政厅原文；其余设置沿用全国默认。");

    static final RuleProfile SICHUAN = new RuleProfile("sichuan", 1, "四川（执行率低于 90% 须说明）",
            ReverseFormula.LINEAR_TO_DOUBLE, ACHIEVED, PARTIAL, OVERSHOOT, true, EXECUTION, false, 2, 2,
            EXCELLENT, GOOD, FAIR, SHORT_NAMES,
            "依据本项目需求记录（议题 16）所述四川做法及四川公开的自评表：预算执行率低于 90% 须说明偏差原因。"
                    + "假设：尚未核对四川省财政厅原文；其余设置沿用全国默认。");

    static final RuleProfile LOCAL_RATIO = new RuleProfile("local-ratio", 1, "地方变体（反向指标按比例计分，定性 80/50）",
            ReverseFormula.RATIO, ACHIEVED, new BigDecimal("0.5"), OVERSHOOT, true, EXECUTION, false, 2, 2,
            EXCELLENT, GOOD, FAIR, LONG_NAMES,
            "假设：本项目设计文档第 5 节记载的地方变体（反向指标按 分值×指标值/实际值 计分且不超过分值，定性部分达成档下限 50%），"
                    + "未注明地区，供选用和测试。");

    private static final List<RuleProfile> ALL = List.of(NATIONAL, HEBEI, GUANGXI, SICHUAN, LOCAL_RATIO);

    private RuleProfiles() {
    }

    public static List<RuleProfile> all() {
        return ALL;
    }

    public static Optional<RuleProfile> byCode(String code) {
        return ALL.stream().filter(p -> p.code().equals(code)).findFirst();
    }
}
