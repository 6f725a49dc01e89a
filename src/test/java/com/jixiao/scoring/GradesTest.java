package com.jixiao.scoring;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static com.jixiao.scoring.Sheets.bd;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GradesTest {

    private static final RuleProfile NATIONAL = RuleProfile.nationalDefault();
    private static final RuleProfile HEBEI = RuleProfiles.byCode("hebei").orElseThrow();

    @ParameterizedTest(name = "{0} → {1}/{2}")
    @CsvSource({
            "100,   优, 优秀",
            "90,    优, 优秀",
            "89.99, 良, 良好",
            "80,    良, 良好",
            "79.99, 中, 中",
            "74,    中, 中",
            "60,    中, 中",
            "59.99, 差, 差",
            "0,     差, 差"})
    void bands(String total, String national, String hebei) {
        assertThat(Grades.nameOf(bd(total), NATIONAL)).isEqualTo(national);
        assertThat(Grades.nameOf(bd(total), HEBEI)).isEqualTo(hebei);
    }

    @Test
    void printedGradesInEitherStyle() {
        assertThat(Grades.matches("优秀", bd("74"), NATIONAL)).isFalse();   // 机关所站运转专项
        assertThat(Grades.matches("中", bd("74"), HEBEI)).isTrue();
        assertThat(Grades.matches("中等", bd("74"), NATIONAL)).isTrue();
        assertThat(Grades.matches("优", bd("97.5"), HEBEI)).isTrue();
        assertThat(Grades.matches("良好", bd("85"), NATIONAL)).isTrue();
        assertThat(Grades.matches("较差", bd("59"), NATIONAL)).isTrue();
        assertThat(Grades.matches("很好", bd("95"), NATIONAL)).isFalse();
        assertThat(Grades.matches("优", null, NATIONAL)).isFalse();
    }

    @Test
    void profilesAndTemplatesByCode() {
        assertThat(RuleProfiles.byCode("national")).contains(NATIONAL);
        assertThat(RuleProfiles.byCode("nowhere")).isEmpty();
        assertThat(WeightTemplates.all()).hasSize(4);
        assertThatThrownBy(() -> new WeightTemplate("odd", "90 分的模板", bd("10"),
                List.of(new WeightTemplate.Category("产出指标", bd("80"), List.of("数量指标")))))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("template odd weighs 90, not 100");
        assertThat(WeightTemplates.byCode("default").orElseThrow().categories())
                .extracting(WeightTemplate.Category::name).containsExactly("产出指标", "效益指标", "满意度指标");
        assertThat(WeightTemplates.byCode("with-cost").orElseThrow().categories())
                .extracting(WeightTemplate.Category::name).contains("成本指标");
        assertThat(WeightTemplates.byCode("county-20-80").orElseThrow().fundsWeight()).isEqualByComparingTo("20");
    }
}
