package com.jixiao.scoring;

import com.jixiao.scoring.ParsedValue.Quantity;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

import static org.assertj.core.api.Assertions.assertThat;

/** Any amount written in Chinese numerals reads as the amount written in digits. */
class ChineseNumeralProperties {

    private static final String[] DIGITS = {"零", "一", "二", "三", "四", "五", "六", "七", "八", "九"};
    private static final String[] UNITS = {"千", "百", "十", ""};

    /** 1 to 9999 as written: 一千零五, 三百二十, 一十二. */
    private static String belowTenThousand(int n) {
        StringBuilder b = new StringBuilder();
        boolean started = false;
        boolean gap = false;
        for (int i = 0; i < 4; i++) {
            int digit = n / (int) Math.pow(10, 3 - i) % 10;
            if (digit == 0) {
                gap = started;
            } else {
                if (gap) {
                    b.append("零");
                    gap = false;
                }
                b.append(DIGITS[digit]).append(UNITS[i]);
                started = true;
            }
        }
        return b.toString();
    }

    /** 1 to 99 999 999: 一万二千, 三十万零五, 一百五十. */
    static String chinese(int n) {
        int high = n / 10_000;
        int low = n % 10_000;
        if (high == 0) {
            return belowTenThousand(low);
        }
        return belowTenThousand(high) + "万" + (low == 0 ? "" : (low < 1000 ? "零" : "") + belowTenThousand(low));
    }

    @Property
    void chineseAmountReadsAsDigits(@ForAll @IntRange(min = 1, max = 99_999_999) int n) {
        Quantity q = (Quantity) TargetParser.parse(chinese(n) + "人");
        assertThat(q.baseValue()).isEqualByComparingTo(String.valueOf(n));
        assertThat(q.baseUnit()).isEqualTo("人");
        assertThat(q.op()).isEqualTo(Operator.NONE);
    }

    @Property
    void chineseAmountAfterAnOperatorWord(@ForAll @IntRange(min = 1, max = 9_999) int n) {
        Quantity q = (Quantity) TargetParser.parse("不少于" + chinese(n) + "次");
        assertThat(q.value()).isEqualByComparingTo(String.valueOf(n));
        assertThat(q.op()).isEqualTo(Operator.GE);
    }
}
