package com.jixiao.common.input;

import com.jixiao.scoring.FullWidth;
import com.jixiao.scoring.TargetParser;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** One reading of full-width input, shared by the parser and the number fields. */
class FullWidthTest {

    @Test
    void fullWidthFormsReadAsAscii() {
        assertThat(FullWidth.toHalfWidth("≥９８．５％，（Ａ）\u3000－１／２＜＝")).isEqualTo("≥98.5%,(A) -1/2<=");
        assertThat(FullWidth.toHalfWidth("项目编码")).isEqualTo("项目编码");
    }

    @Test
    void parserAndNumberFieldsAgree() {
        assertThat(TargetParser.parse("＞＝９８．５％")).usingRecursiveComparison().ignoringFields("original")
                .isEqualTo(TargetParser.parse(">=98.5%"));
        assertThat(NumberBounds.MONEY.check("１２，３４５．６", "金额").value())
                .isEqualByComparingTo(new BigDecimal("12345.6"));
    }
}
