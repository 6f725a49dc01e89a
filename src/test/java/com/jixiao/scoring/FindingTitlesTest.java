package com.jixiao.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Pages show findings by a Chinese title (issue 14.5): every code has one, and no title repeats another's. */
class FindingTitlesTest {

    @Test
    void everyCodeHasItsOwnChineseTitle() {
        var codes = Arrays.stream(FindingCodes.class.getFields())
                .filter(field -> Modifier.isStatic(field.getModifiers()) && field.getType() == String.class)
                .map(FindingTitlesTest::value).toList();

        assertThat(codes).hasSizeGreaterThan(20);
        for (String code : codes) {
            assertThat(FindingCodes.title(code)).as(code).isNotEqualTo("其他问题").doesNotContainPattern("[A-Za-z]");
        }
        assertThat(codes.stream().map(FindingCodes::title).distinct()).hasSameSizeAs(codes);
        assertThat(new Finding(FindingCodes.DEVIATION_NOTE_MISSING, Severity.ERROR, "…", Finding.FUNDS).title())
                .isEqualTo("缺少偏差原因分析");
    }

    private static String value(Field field) {
        try {
            return (String) field.get(null);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
