package com.jixiao.common.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class NumberBoundsTest {

    private static NumberBounds.Checked money(String text) {
        return NumberBounds.MONEY.check(text, "金额");
    }

    private static NumberBounds.Checked score(String text) {
        return NumberBounds.SCORE.check(text, "分值");
    }

    @Test
    void amountsAsOfficersTypeThem() {
        assertThat(money("58.762315").value()).isEqualByComparingTo("58.762315");
        assertThat(money(" 1,234.5 ").value()).isEqualByComparingTo("1234.5");
        assertThat(money("１２３").value()).isEqualByComparingTo("123");
        assertThat(money("999999999999.999999").value()).isEqualByComparingTo("999999999999.999999");
        assertThat(money("58.762315").value().scale()).isEqualTo(6);
        assertThat(money("")).isEqualTo(NumberBounds.Checked.BLANK);
        assertThat(money(null).rejected()).isFalse();
    }

    @Test
    void amountsOutsideTheColumnAreRefusedWithAChineseReason() {
        assertThat(money("-1").message()).isEqualTo("金额不能为负数");
        assertThat(money("1000000000000").message()).isEqualTo("金额过大（以万元为单位，最多 12 位整数）");
        assertThat(money("12345678901234567890").code()).isEqualTo("tooLarge");
        assertThat(money("1.1234567").message()).isEqualTo("金额以万元为单位，最多 6 位小数");
        assertThat(money("abc").message()).isEqualTo("金额须填写数字（如 12.5），“abc”不是数字");
        assertThat(money("=1+1").code()).isEqualTo("notNumber");
        assertThat(money("@SUM(A1)").code()).isEqualTo("notNumber");
        assertThat(money("+1").value()).isEqualByComparingTo("1");
    }

    @Test
    void weightsAndScoresAreZeroToHundredWithTwoDecimals() {
        assertThat(score("100").value()).isEqualByComparingTo("100");
        assertThat(score("1e2").value()).isEqualByComparingTo("100");
        assertThat(score("100.01").message()).isEqualTo("分值不能超过 100");
        assertThat(score("-10").message()).isEqualTo("分值不能为负数");
        assertThat(score("9.999").message()).isEqualTo("分值最多 2 位小数");
        assertThat(score("9.990").value()).isEqualByComparingTo("9.99");
    }

    /**
     * The texts that cost minutes of CPU as BigDecimals are answered from their text: the exponent is bounded
     * (at most 4 digits) and a long text is refused on its length. Each check takes well under a millisecond;
     * the bound of a second for all of them leaves room for a loaded machine, against the seconds or minutes one
     * of them cost before.
     */
    @Test
    void hugeNumbersAreRefusedFromTheirTextAtOnce() {
        String digits = "9".repeat(1_000_000);
        String han = "汉".repeat(1_000_000);
        long start = System.nanoTime();
        assertThat(score("1e200000").code()).isEqualTo("tooLarge");
        assertThat(score("1e10000000").message()).isEqualTo("分值不能超过 100");
        assertThat(money("1e-10000000").code()).isEqualTo("scale");
        assertThat(score("1e9999").code()).isEqualTo("tooLarge");
        assertThat(score("1e-9999").code()).isEqualTo("scale");
        assertThat(money("1e400").code()).isEqualTo("tooLarge");
        assertThat(money("0e-9999").value()).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(money(digits).code()).isEqualTo("tooLarge");
        assertThat(money(han).code()).isEqualTo("notNumber");
        assertThat(System.nanoTime() - start).isLessThan(1_000_000_000L);
    }

    @Test
    void aSumMustFitTheMoneyColumnToo() {
        BigDecimal row = money("999999999999").value();
        assertThat(NumberBounds.MONEY.fits(row)).isTrue();
        assertThat(NumberBounds.MONEY.fits(row.add(row).add(row))).isFalse();
        assertThat(NumberBounds.MONEY.fits(null)).isTrue();
    }
}
