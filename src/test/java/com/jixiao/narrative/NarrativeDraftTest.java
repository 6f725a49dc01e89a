package com.jixiao.narrative;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NarrativeDraftTest {

    static YearFigures figures(List<YearFigures.ProjectScore> belowGood, List<YearFigures.MissingNote> notes) {
        Map<String, Long> grades = new LinkedHashMap<>();
        grades.put("优", 10L);
        grades.put("良", 1L);
        grades.put("中", 1L);
        grades.put("差", 0L);
        return new YearFigures("2021年度高新区公安分局项目支出绩效自评情况汇总表", 12, 1, new BigDecimal("470.5"),
                new BigDecimal("481.149665"), new BigDecimal("438.7"), new BigDecimal("0.91177"),
                new BigDecimal("93.5"), grades, belowGood,
                List.of(new YearFigures.ProjectRate("机关所站运转专项", new BigDecimal("0.74383"))), notes, List.of());
    }

    @Test
    void statesTheFiguresInTheUsualOutline() {
        List<SectionText> draft = NarrativeDraft.write("高新区公安分局", 2021, figures(
                List.of(new YearFigures.ProjectScore("机关所站运转专项", new BigDecimal("74.38"), "中")),
                List.of(new YearFigures.MissingNote("机关所站运转专项", "预算执行率"),
                        new YearFigures.MissingNote("机关所站运转专项", "产出指标/数量指标/服务对象满意度"))));

        assertThat(draft).extracting(SectionText::heading).containsExactlyElementsOf(NarrativeDraft.OUTLINE);
        assertThat(draft.get(0).body()).isEqualTo("2021年度，高新区公安分局纳入绩效自评的预算项目共12个（另有1个项目的自评表"
                + "尚未提交，未计入本报告的统计）。上述项目年初预算数合计470.5万元，全年预算数合计481.149665万元，"
                + "全年执行数合计438.7万元，预算执行率91.177%。");
        assertThat(draft.get(2).body()).contains("平均得分为93.50分", "自评等级：优10个、良1个、中1个。",
                "自评等级低于“良”的项目有1个：机关所站运转专项（74.38分，中）。",
                "预算执行率低于90%的项目有1个：机关所站运转专项（74.383%）。");
        assertThat(draft.get(3).body()).startsWith("有2处应填写而未填写偏差原因分析，涉及1个项目：机关所站运转专项（2处）。");
        assertThat(draft.get(1).body()).contains("《2021年度高新区公安分局项目支出绩效自评情况汇总表》");
    }

    @Test
    void aYearWithoutWeakProjectsSaysSoAndLongListsAreCut() {
        List<SectionText> clean = NarrativeDraft.write("部门", 2022, figures(List.of(), List.of()));
        assertThat(clean.get(2).body()).contains("没有自评等级低于“良”的项目。");
        assertThat(clean.get(3).body()).startsWith("各项目未达成目标或执行率偏低之处均已填写偏差原因分析及改进措施。");

        List<YearFigures.ProjectScore> many = java.util.stream.IntStream.rangeClosed(1, 12)
                .mapToObj(i -> new YearFigures.ProjectScore("项目" + i, new BigDecimal("50"), "差")).toList();
        String text = NarrativeDraft.write("部门", 2022, figures(many, List.of())).get(2).body();
        assertThat(text).contains("项目10（50分，差）等12个。").doesNotContain("项目11");
    }
}
