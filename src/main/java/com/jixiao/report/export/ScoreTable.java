package com.jixiao.report.export;

import com.jixiao.report.UnsubmittedProject;
import com.jixiao.scoring.SheetInput;
import com.jixiao.scoring.SheetInput.IndicatorInput;
import com.jixiao.report.SummaryRow;
import com.jixiao.scoring.SheetResult;
import com.jixiao.scoring.SheetResult.IndicatorResult;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The columns of the annual score table, shared by the .xlsx and the .csv writers so that both
 * always carry the same columns with the same values.
 *
 * <p>Only results are scored rows (issue 11): the 项目 and 指标 tables hold submitted and approved
 * sheets (and filed 汇总表 rows), so any sum, average or count an auditor takes over them is right.
 * The projects without a result are carried apart, by name and status and without figures: in the
 * .xlsx on their own sheet 未提交, in the project .csv (one table by nature) after the results, with
 * every figure and score column empty — spreadsheet sums and averages skip empty cells — and the
 * 状态 column saying 草稿, 已退回 or 未建立.
 */
public final class ScoreTable {

    /** How a value is written: text (guarded against formulas) or a number with its display format. */
    public enum Kind { TEXT, MONEY, RATE, SCORE, COUNT }

    public record Column<T>(String header, Kind kind, Function<T, Object> value) {
    }

    /**
     * One line of the 指标 table: a 三级 row as the core scored it ({@code row}, {@code result}) joined with its
     * project and 一级指标, the columns the table repeats on every line; it copies none of the row's values.
     */
    public record IndicatorLine(SummaryRow project, String level1, IndicatorInput row, IndicatorResult result) {

        public String level2() {
            return row.level2();
        }
    }

    /** The 一级指标 categories that get their own subtotal column; any other name goes to 其他. */
    static final List<String> LEVEL1 = List.of("产出", "效益", "满意度", "成本");

    private ScoreTable() {
    }

    public static final List<Column<SummaryRow>> PROJECT_COLUMNS = List.of(
            new Column<>("预算部门", Kind.TEXT, row -> row.departmentName()),
            new Column<>("序号", Kind.COUNT, row -> row.seq()),
            new Column<>("项目编码", Kind.TEXT, row -> row.code()),
            new Column<>("项目名称", Kind.TEXT, row -> row.displayName()),
            // 资金 as the 汇总表 shows it: the printed figure of an imported report, else 全年执行数.
            new Column<>("资金", Kind.MONEY, row -> row.funds()),
            new Column<>("年初预算数", Kind.MONEY, row -> row.initialBudget()),
            new Column<>("全年预算数", Kind.MONEY, row -> row.annualBudget()),
            new Column<>("全年执行数", Kind.MONEY, row -> row.executed()),
            new Column<>("执行率", Kind.RATE, SummaryRow::executionRate),
            new Column<>("预算执行得分", Kind.SCORE, row -> row.result() == null ? null : row.result().funds().score()),
            new Column<>("产出指标", Kind.SCORE, row -> subtotal(row, "产出")),
            new Column<>("效益指标", Kind.SCORE, row -> subtotal(row, "效益")),
            new Column<>("满意度指标", Kind.SCORE, row -> subtotal(row, "满意度")),
            new Column<>("成本指标", Kind.SCORE, row -> subtotal(row, "成本")),
            new Column<>("其他一级指标", Kind.SCORE, row -> subtotal(row, null)),
            new Column<>("按规则总分", Kind.SCORE, SummaryRow::computedTotal),
            new Column<>("填报总分", Kind.SCORE, row -> row.reportedScore()),
            new Column<>("按规则等级", Kind.TEXT, SummaryRow::computedGrade),
            new Column<>("填报等级", Kind.TEXT, row -> row.publishedGrade()),
            new Column<>("状态", Kind.TEXT, row -> row.statusLabel()),
            new Column<>("问题数", Kind.COUNT, SummaryRow::findingCount));

    /** What a project without a result carries, by the header of the column it fills. */
    private static final Map<String, Column<UnsubmittedProject>> UNSUBMITTED_BY_HEADER = Stream.of(
            new Column<UnsubmittedProject>("预算部门", Kind.TEXT, UnsubmittedProject::departmentName),
            new Column<UnsubmittedProject>("序号", Kind.COUNT, UnsubmittedProject::seq),
            new Column<UnsubmittedProject>("项目编码", Kind.TEXT, UnsubmittedProject::code),
            new Column<UnsubmittedProject>("项目名称", Kind.TEXT, UnsubmittedProject::name),
            new Column<UnsubmittedProject>("资金使用单位(科室)名称", Kind.TEXT, UnsubmittedProject::officeName),
            new Column<UnsubmittedProject>("状态", Kind.TEXT, UnsubmittedProject::statusLabel))
            .collect(Collectors.toMap(Column::header, column -> column, (a, b) -> a,
                    LinkedHashMap::new));

    /** The .xlsx sheet 未提交. */
    public static final List<Column<UnsubmittedProject>> UNSUBMITTED_COLUMNS = List.copyOf(
            UNSUBMITTED_BY_HEADER.values());

    /** A project without a result in the columns of {@link #PROJECT_COLUMNS}: who and what, no figures. */
    public static final List<Column<UnsubmittedProject>> UNSUBMITTED_AS_PROJECT = PROJECT_COLUMNS.stream()
            .map(column -> UNSUBMITTED_BY_HEADER.getOrDefault(column.header(),
                    new Column<>(column.header(), column.kind(), project -> null)))
            .toList();

    public static final List<Column<IndicatorLine>> INDICATOR_COLUMNS = List.of(
            new Column<>("预算部门", Kind.TEXT, line -> line.project().departmentName()),
            new Column<>("项目编码", Kind.TEXT, line -> line.project().code()),
            new Column<>("项目名称", Kind.TEXT, line -> line.project().displayName()),
            new Column<>("一级指标", Kind.TEXT, IndicatorLine::level1),
            new Column<>("二级指标", Kind.TEXT, IndicatorLine::level2),
            new Column<>("三级指标", Kind.TEXT, line -> line.row().level3()),
            new Column<>("年度指标值", Kind.TEXT, line -> line.row().target()),
            new Column<>("实际完成值", Kind.TEXT, line -> line.row().actual()),
            new Column<>("分值", Kind.SCORE, line -> line.row().weight()),
            new Column<>("填报得分", Kind.SCORE, line -> line.row().enteredScore()),
            new Column<>("按规则得分", Kind.SCORE, line -> line.result() == null ? null : line.result().computedScore()),
            new Column<>("计分方式", Kind.TEXT, line -> line.result() == null ? null : line.result().kind().label()),
            new Column<>("偏差原因分析及改进措施", Kind.TEXT, line -> line.row().deviationNote()));

    /** Every 三级指标 row of a project's sheet, in printed order; none for a project without a sheet. */
    public static List<IndicatorLine> indicatorLines(SummaryRow line) {
        if (line.input() == null) {
            return List.of();
        }
        List<IndicatorResult> results = line.result().indicators();
        List<IndicatorLine> lines = new ArrayList<>();
        // The scoring core keeps input order, so results pair with input rows by position.
        int index = 0;
        for (SheetInput.Level1Input one : line.input().level1()) {
            for (IndicatorInput row : one.rows()) {
                IndicatorResult result = index < results.size() ? results.get(index) : null;
                lines.add(new IndicatorLine(line, one.name(), row, result));
                index++;
            }
        }
        return lines;
    }

    /** The subtotal of the 一级指标 whose name contains {@code category}; null category: all the others. */
    private static BigDecimal subtotal(SummaryRow row, String category) {
        SheetResult result = row.result();
        if (result == null) {
            return null;
        }
        BigDecimal sum = null;
        for (Map.Entry<String, BigDecimal> entry : result.subtotals().entrySet()) {
            String name = entry.getKey() == null ? "" : entry.getKey();
            boolean matches = category != null ? name.contains(category)
                    : LEVEL1.stream().noneMatch(name::contains);
            if (matches && entry.getValue() != null) {
                sum = sum == null ? entry.getValue() : sum.add(entry.getValue());
            }
        }
        return sum;
    }
}
