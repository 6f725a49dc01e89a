package com.jixiao.report;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The order of a 汇总表, from {@code ?sort=score,desc}: a column key and a direction. Sorting is
 * server-side so the printed page and a page without JavaScript sort alike. Anything unknown falls
 * back to 序号 ascending — a typo in a URL must not be an error.
 */
public record SummarySort(String column, boolean descending) {

    public static final SummarySort DEFAULT = new SummarySort("seq", false);

    private static final Comparator<String> CHINESE = Comparator.nullsLast(
            java.text.Collator.getInstance(Locale.CHINA)::compare);

    /** Column keys with the key to compare; nulls always sort last, whatever the direction. */
    private static final Map<String, Function<SummaryRow, ? extends Comparable<?>>> KEYS = Map.ofEntries(
            Map.entry("seq", row -> row.seq()),
            Map.entry("funds", row -> row.funds()),
            Map.entry("initial", row -> row.initialBudget()),
            Map.entry("budget", row -> row.annualBudget()),
            Map.entry("executed", row -> row.executed()),
            Map.entry("rate", SummaryRow::executionRate),
            Map.entry("score", row -> row.reportedScore()),
            Map.entry("computed", SummaryRow::computedTotal),
            Map.entry("findings", SummaryRow::findingCount));

    private static final List<String> TEXT_KEYS = List.of("name", "office", "department", "grade", "status");

    /** A header cell of the 汇总表; {@code key} is null for a column that does not sort. */
    public record Column(String key, String label, boolean computed) {
    }

    /** The 汇总表's columns in printed order: the seed's columns with budgets, status and findings. */
    public static final List<Column> COLUMNS = List.of(
            new Column("seq", "序号", false), new Column("office", "资金使用单位(科室)名称", false),
            new Column("name", "项目名称", false), new Column("funds", "资金", false),
            new Column("initial", "年初预算数", false), new Column("budget", "全年预算数", false),
            new Column("executed", "全年执行数", false), new Column("rate", "执行率", false),
            new Column("score", "自评得分", false), new Column(null, "自评等级", false),
            new Column(null, "联系人及电话", false), new Column("computed", "按规则得分", true),
            new Column("grade", "按规则等级", true), new Column("status", "状态", false),
            new Column("findings", "问题数", false));

    /** The cross-department view: the department first, no contact column. */
    public static final List<Column> ANNUAL_COLUMNS = java.util.stream.Stream.concat(
            java.util.stream.Stream.of(new Column("department", "预算部门", false)),
            COLUMNS.stream().filter(column -> !column.label().equals("联系人及电话"))).toList();

    public static SummarySort parse(String value) {
        if (value == null || value.isBlank()) {
            return DEFAULT;
        }
        String[] parts = value.split(",", 2);
        String column = parts[0].trim().toLowerCase(Locale.ROOT);
        boolean descending = parts.length > 1 && parts[1].trim().equalsIgnoreCase("desc");
        if (!KEYS.containsKey(column) && !TEXT_KEYS.contains(column)) {
            return DEFAULT;
        }
        return new SummarySort(column, descending);
    }

    /** The {@code sort} parameter of a header link: this column, flipped if it is already the sort. */
    public String toggle(String key) {
        boolean nextDescending = column.equals(key) && !descending;
        return key + (nextDescending ? ",desc" : ",asc");
    }

    /** ▲ or ▼ after the header of the sorted column, empty for the others. */
    public String marker(String key) {
        return column.equals(key) ? (descending ? "▼" : "▲") : "";
    }

    public String value() {
        return column + (descending ? ",desc" : ",asc");
    }

    public List<SummaryRow> apply(List<SummaryRow> lines) {
        return lines.stream().sorted(comparator()).toList();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private Comparator<SummaryRow> comparator() {
        Comparator<SummaryRow> primary = switch (column) {
            case "name" -> text(row -> row.displayName());
            case "office" -> text(row -> row.usingOfficeName());
            case "department" -> text(row -> row.departmentName());
            case "grade" -> text(SummaryRow::computedGrade);
            case "status" -> text(row -> row.statusLabel());
            default -> {
                Function<SummaryRow, Comparable> key = (Function) KEYS.get(column);
                Comparator<Comparable> natural = Comparator.naturalOrder();
                Comparator<Comparable> directed = descending ? natural.reversed() : natural;
                yield Comparator.comparing(key, Comparator.nullsLast(directed));
            }
        };
        // Ties keep the department's printed order.
        return primary.thenComparing(row -> row.departmentName(), CHINESE)
                .thenComparingInt(row -> row.seq());
    }

    private Comparator<SummaryRow> text(Function<SummaryRow, String> key) {
        Comparator<String> collator = java.text.Collator.getInstance(Locale.CHINA)::compare;
        // nullsLast outside the reversal: blanks stay at the bottom in both directions.
        return Comparator.comparing(key, Comparator.nullsLast(descending ? collator.reversed() : collator));
    }
}
