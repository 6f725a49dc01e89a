package com.jixiao.rules;

import com.jixiao.scoring.ReverseFormula;
import java.math.BigDecimal;
import org.springframework.stereotype.Component;

/**
 * Chinese names of the profile settings that are codes or shares, for pages ({@code @ruleTexts} in templates), the
 * help page and the audit trail.
 */
@Component("ruleTexts")
public class RuleTexts {

    public static String formulaText(ReverseFormula formula) {
        return switch (formula) {
            case LINEAR_TO_DOUBLE -> "线性扣分：得分 = 分值 ×（1 −（实际值 − 指标值）/指标值），实际值达到指标值 2 倍时得 0 分";
            case RATIO -> "比例计分：得分 = 分值 × 指标值/实际值，不超过分值";
        };
    }

    public String formula(ReverseFormula formula) {
        return formulaText(formula);
    }

    /** 0.8 → "80". */
    public String percent(BigDecimal share) {
        return ProfileForm.percent(share);
    }
}
