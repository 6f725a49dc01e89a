package com.jixiao.narrative;

import com.jixiao.common.format.Formats;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The first draft of a department's report, written from the year's figures in the usual outline. It states what
 * the data says (counts, sums, rates, grades, the projects below 良, the missing notes) and leaves the judgement to
 * the people who edit it: every sentence is plain text they may change.
 */
public final class NarrativeDraft {

    public static final List<String> OUTLINE = List.of("一、项目基本情况", "二、绩效自评工作开展情况",
            "三、绩效目标完成情况及分析", "四、存在的问题及改进措施", "五、自评结果应用");

    /** Names listed in a sentence before it says "等 N 个": a report names examples, the 稽核 page lists all. */
    static final int NAMES_LISTED = 10;

    private NarrativeDraft() {
    }

    public static List<SectionText> write(String departmentName, int year, YearFigures figures) {
        return List.of(
                new SectionText(OUTLINE.get(0), basics(departmentName, year, figures)),
                new SectionText(OUTLINE.get(1), work(year, figures)),
                new SectionText(OUTLINE.get(2), results(figures)),
                new SectionText(OUTLINE.get(3), problems(figures)),
                new SectionText(OUTLINE.get(4), use(year)));
    }

    private static String basics(String departmentName, int year, YearFigures figures) {
        StringBuilder text = new StringBuilder();
        text.append(year).append("年度，").append(departmentName).append("纳入绩效自评的预算项目共")
                .append(figures.resultCount()).append("个");
        if (figures.unsubmittedCount() > 0) {
            text.append("（另有").append(figures.unsubmittedCount()).append("个项目的自评表尚未提交，未计入本报告的统计）");
        }
        text.append("。");
        text.append("上述项目年初预算数合计").append(money(figures.initialBudget())).append("万元，全年预算数合计")
                .append(money(figures.annualBudget())).append("万元，全年执行数合计").append(money(figures.executed()))
                .append("万元");
        if (figures.executionRate() != null) {
            text.append("，预算执行率").append(Formats.percent(figures.executionRate()));
        }
        text.append("。");
        return text.toString();
    }

    private static String work(int year, YearFigures figures) {
        return "按照预算绩效管理要求和财预〔2020〕10号《项目支出绩效评价管理办法》，本部门组织对" + year + "年度"
                + figures.resultCount() + "个预算项目逐一开展绩效自评：由填报人对照年初绩效目标填写《项目支出绩效自评表》，"
                + "如实填报资金执行情况和各项指标的实际完成值，按评分规则计算得分，部门负责人逐表审核。\n"
                + "自评结果汇总于《" + figures.summaryTitle() + "》，各项目的自评表附后。";
    }

    private static String results(YearFigures figures) {
        StringBuilder text = new StringBuilder();
        if (figures.averageScore() != null) {
            text.append(figures.resultCount()).append("个项目按评分规则计算的平均得分为")
                    .append(Formats.score2(figures.averageScore())).append("分。");
        }
        String grades = figures.gradeCounts().entrySet().stream().filter(entry -> entry.getValue() > 0)
                .map(entry -> entry.getKey() + entry.getValue() + "个").collect(Collectors.joining("、"));
        if (!grades.isEmpty()) {
            text.append("自评等级：").append(grades).append("。");
        }
        if (figures.belowGood().isEmpty()) {
            text.append("没有自评等级低于“良”的项目。");
        } else {
            text.append("自评等级低于“良”的项目有").append(figures.belowGood().size()).append("个：")
                    .append(listed(figures.belowGood().stream().map(project -> project.name() + "（"
                            + Formats.score(project.score()) + "分，" + project.grade() + "）").toList()))
                    .append("。");
        }
        text.append("\n");
        if (figures.lowExecution().isEmpty()) {
            text.append("各项目预算执行率均不低于90%。");
        } else {
            text.append("预算执行率低于90%的项目有").append(figures.lowExecution().size()).append("个：")
                    .append(listed(figures.lowExecution().stream().map(project -> project.name() + "（"
                            + Formats.percent(project.rate()) + "）").toList()))
                    .append("。");
        }
        return text.toString();
    }

    private static String problems(YearFigures figures) {
        StringBuilder text = new StringBuilder();
        if (figures.missingNotes().isEmpty()) {
            text.append("各项目未达成目标或执行率偏低之处均已填写偏差原因分析及改进措施。");
        } else {
            Map<String, Long> perProject = figures.missingNotes().stream().collect(Collectors.groupingBy(
                    YearFigures.MissingNote::project, java.util.LinkedHashMap::new, Collectors.counting()));
            text.append("有").append(figures.missingNotes().size()).append("处应填写而未填写偏差原因分析，涉及")
                    .append(perProject.size()).append("个项目：")
                    .append(listed(perProject.entrySet().stream().map(entry -> entry.getKey() + "（"
                            + entry.getValue() + "处）").toList()))
                    .append("。");
        }
        text.append("\n下一步，本部门将在编制年度预算时充分论证绩效目标，确保指标可量化、可考核；加强预算执行的跟踪，"
                + "对执行率偏低和未达成目标的项目及时分析原因、落实整改。");
        return text.toString();
    }

    private static String use(int year) {
        return "本部门将把" + year + "年度绩效自评结果作为以后年度预算安排和政策调整的重要依据：对自评等级为“优”的项目"
                + "优先保障，对自评等级低于“良”的项目督促整改并相应调整预算安排；自评结果按规定报送财政部门并公开。";
    }

    private static String money(BigDecimal amount) {
        return amount == null ? "0" : Formats.money(amount);
    }

    /** "甲、乙、丙" or, beyond {@link #NAMES_LISTED}, "甲、乙……等 12 个". */
    private static String listed(List<String> names) {
        if (names.size() <= NAMES_LISTED) {
            return String.join("、", names);
        }
        return String.join("、", names.subList(0, NAMES_LISTED)) + "等" + names.size() + "个";
    }
}
