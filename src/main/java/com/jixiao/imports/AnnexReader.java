package com.jixiao.imports;

import com.jixiao.common.input.NumberBounds;
import com.jixiao.imports.ImportedSheet.Funds;
import com.jixiao.imports.ImportedSheet.FundsRow;
import com.jixiao.imports.ImportedSheet.Goal;
import com.jixiao.imports.ImportedSheet.Indicator;
import com.jixiao.imports.ImportedSheet.Problem;
import com.jixiao.scoring.TargetParser;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a 附1 in a {@link Grid} by its header texts — "三级指标", "年度指标值", "年初预算数", "项目名称" — never by
 * fixed addresses, so that extra title rows, blank rows and columns, merged cells and the usual variants (年度指标值
 * split into 指标性质 | 指标值 | 度量单位, "(A)"/"（A）" marks, "产出指标（50分）", amounts in 元) all read the same.
 * Numbers go through {@link NumberBounds} (full-width digits, separators, numbers stored as text); what cannot be
 * read becomes a {@link Problem} naming its cell, and reading goes on.
 */
final class AnnexReader {

    private enum Col { L1, L2, L3, TARGET, NATURE, VALUE, UNIT, ACTUAL, WEIGHT, SCORE, NOTE }

    private enum FundsCol { INIT, ANNUAL, EXEC, WEIGHT, RATE, SCORE }

    private static final Pattern LEVEL1 = Pattern.compile("^(.*?指标)\\(?（?(\\d+(?:\\.\\d+)?)分?\\)?）?$");
    private static final Pattern CODE_NAME = Pattern.compile("^[\\[【]([A-Za-z0-9_\\-]+)[]】]\\s*(.+)$");
    private static final Pattern YEAR_OF = Pattern.compile("(20\\d\\d)年度");
    private static final Pattern YEAR = Pattern.compile("(20\\d\\d)年");
    private static final Pattern YUAN = Pattern.compile("[(（]元[)）]|单位[:：]元|金额[:：]?元");
    private static final Pattern DASH = Pattern.compile("^[—–\\-－/／_]*$|^无$");
    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);

    private final Grid grid;
    private final List<Problem> problems = new ArrayList<>();

    private AnnexReader(Grid grid) {
        this.grid = grid;
    }

    /** @return the 附1 of the grid, or empty when the grid has neither an indicator nor a funds header */
    static Optional<ImportedSheet> read(Grid grid) {
        return new AnnexReader(grid).read();
    }

    private Optional<ImportedSheet> read() {
        int header = findRow(k -> k.contains("三级指标"));
        int fundsHeader = findRow(k -> k.contains("年初预算") || k.contains("全年执行数"));
        if (header < 0 && fundsHeader < 0) {
            return Optional.empty();
        }
        int end = header >= 0 ? header : grid.rows();
        String amountsIn = amountsIn(fundsHeader >= 0 ? fundsHeader : end);
        Funds funds = null;
        if (fundsHeader >= 0) {
            funds = funds(fundsHeader, end, amountsIn);
        } else {
            problems.add(problem(-1, -1, "没有找到项目资金表头（年初预算数、全年预算数、全年执行数），资金部分未读取。"));
        }
        List<Indicator> indicators = new ArrayList<>();
        BigDecimal[] total = new BigDecimal[1];
        if (header >= 0) {
            indicators = indicators(header, total);
        } else {
            problems.add(problem(-1, -1, "没有找到绩效指标表头（一级指标、二级指标、三级指标、年度指标值），指标未读取。"));
        }
        String name = labelled(end, "项目名称");
        String code = labelled(end, "项目编码");
        if (name != null) {
            Matcher m = CODE_NAME.matcher(name);
            if (m.matches()) {
                code = code == null ? m.group(1) : code;
                name = m.group(2).strip();
            }
        }
        if (name == null) {
            name = titleName(end);
        }
        String department = labelled(end, "预算部门");
        if (department == null) {
            department = labelled(end, "单位名称");
        }
        return Optional.of(new ImportedSheet(grid.shortName(), name, code, year(end), department,
                labelled(end, "主管部门"), labelled(end, "实施单位"), amountsIn, funds, goal(end), indicators,
                total[0], problems));
    }

    // ------------------------------------------------------------------ header and labels

    private int findRow(java.util.function.Predicate<String> test) {
        for (int r = 0; r < grid.rows(); r++) {
            for (int c = 0; c < grid.columns(r); c++) {
                if (grid.isOrigin(r, c) && test.test(key(grid.text(r, c)))) {
                    return r;
                }
            }
        }
        return -1;
    }

    /** A header text as compared: without white space (labels wrap: "年度\n指标值"), full-width digits as ASCII. */
    private static String key(String text) {
        return text == null || text.isBlank() ? "" : TargetParser.normalize(text);
    }

    /**
     * The value beside a label ("项目名称 | 执法办案中心建设"), or after its colon ("项目名称：…"), above row {@code end}.
     */
    private String labelled(int end, String label) {
        for (int r = 0; r < end; r++) {
            for (int c = 0; c < grid.columns(r); c++) {
                String k = key(grid.text(r, c));
                if (!grid.isOrigin(r, c) || !k.startsWith(label)) {
                    continue;
                }
                String own = grid.text(r, c).replaceFirst("^\\s*" + label.chars().mapToObj(ch -> String.valueOf((char) ch) + "\\s*")
                        .reduce("", String::concat) + "[:：]?", "").replaceFirst("^[(（]盖章[)）][:：]?", "").strip();
                if (!own.isEmpty() && !key(own).isEmpty()) {
                    return own;
                }
                for (int v = c + 1; v < grid.columns(r); v++) {
                    if (grid.isOrigin(r, v) && !grid.text(r, v).isBlank()) {
                        String value = text(grid.text(r, v));
                        return value == null || isLabel(key(value)) ? null : value;
                    }
                }
                return null;
            }
        }
        return null;
    }

    private static boolean isLabel(String key) {
        return key.equals("主管部门") || key.equals("实施单位") || key.equals("项目编码") || key.equals("预算部门");
    }

    private Integer year(int end) {
        List<String> texts = new ArrayList<>(grid.context());
        for (int r = 0; r < Math.min(end, grid.rows()); r++) {
            for (int c = 0; c < grid.columns(r); c++) {
                if (grid.isOrigin(r, c)) {
                    texts.add(grid.text(r, c));
                }
            }
        }
        for (Pattern pattern : List.of(YEAR_OF, YEAR)) {
            for (String text : texts) {
                Matcher m = pattern.matcher(key(text));
                if (m.find()) {
                    return Integer.valueOf(m.group(1));
                }
            }
        }
        return null;
    }

    /** "执法办案中心建设项目支出绩效自评表" → "执法办案中心建设", when no 项目名称 cell says it. */
    private String titleName(int end) {
        List<String> texts = new ArrayList<>(grid.context());
        for (int r = 0; r < Math.min(end, grid.rows()); r++) {
            texts.add(grid.text(r, 0));
        }
        for (String text : texts) {
            String k = key(text);
            int at = k.indexOf("项目支出绩效自评表");
            if (at > 0) {
                return k.substring(0, at).replaceFirst("^\\d{4}年度?", "");
            }
        }
        return null;
    }

    private String amountsIn(int end) {
        List<String> texts = new ArrayList<>(grid.context());
        for (int r = 0; r <= Math.min(end, grid.rows() - 1); r++) {
            for (int c = 0; c < grid.columns(r); c++) {
                texts.add(key(grid.text(r, c)));
            }
        }
        if (texts.stream().anyMatch(t -> t.contains("万元"))) {
            return "万元";
        }
        return texts.stream().anyMatch(t -> YUAN.matcher(t).find()) ? "元" : "万元";
    }

    // ------------------------------------------------------------------ funds and goals

    private Funds funds(int header, int end, String amountsIn) {
        Map<FundsCol, Integer> cols = new EnumMap<>(FundsCol.class);
        for (int c = 0; c < grid.columns(header); c++) {
            String k = key(grid.text(header, c));
            if (!grid.isOrigin(header, c) || k.isEmpty()) {
                continue;
            }
            FundsCol col = k.contains("年初预算") ? FundsCol.INIT
                    : k.contains("全年预算") || k.contains("调整后预算") || k.contains("预算数") ? FundsCol.ANNUAL
                    : k.contains("执行数") ? FundsCol.EXEC
                    : k.contains("执行率") ? FundsCol.RATE
                    : k.contains("得分") ? FundsCol.SCORE
                    : k.contains("分值") || k.contains("权重") ? FundsCol.WEIGHT : null;
            if (col != null) {
                cols.putIfAbsent(col, c);
            }
        }
        int firstAmount = cols.values().stream().min(Integer::compare).orElse(grid.columns(header));
        boolean yuan = "元".equals(amountsIn);
        BigDecimal[] total = new BigDecimal[3];
        BigDecimal weight = null;
        BigDecimal score = null;
        List<FundsRow> rows = new ArrayList<>();
        for (int r = header + 1; r < end; r++) {
            StringBuilder label = new StringBuilder();
            for (int c = 0; c < firstAmount && c < grid.columns(r); c++) {
                label.append(key(grid.text(r, c)));
            }
            String l = label.toString();
            if (l.contains("预期目标") || l.contains("总体目标")) {
                break;
            }
            String kind = l.contains("资金总额") || l.contains("合计") ? "TOTAL"
                    : l.contains("财政拨款") ? "APPROPRIATION"
                    : l.contains("结转") ? "CARRY_OVER"
                    : l.contains("其他资金") ? "OTHER" : null;
            if (kind == null) {
                continue;
            }
            BigDecimal init = money(r, cols.get(FundsCol.INIT), yuan);
            BigDecimal annual = money(r, cols.get(FundsCol.ANNUAL), yuan);
            BigDecimal executed = money(r, cols.get(FundsCol.EXEC), yuan);
            if (kind.equals("TOTAL")) {
                total = new BigDecimal[] {init, annual, executed};
                weight = score(r, cols.get(FundsCol.WEIGHT));
                score = score(r, cols.get(FundsCol.SCORE));
            } else {
                rows.add(new FundsRow(kind, init, annual, executed));
            }
        }
        return new Funds(total[0], total[1], total[2], weight, score, rows);
    }

    private Goal goal(int end) {
        for (int r = 0; r < end; r++) {
            for (int c = 0; c < grid.columns(r); c++) {
                if (!grid.isOrigin(r, c) || !key(grid.text(r, c)).startsWith("预期目标")) {
                    continue;
                }
                int actualCol = -1;
                for (int a = c + 1; a < grid.columns(r); a++) {
                    if (grid.isOrigin(r, a) && key(grid.text(r, a)).startsWith("实际完成")) {
                        actualCol = a;
                        break;
                    }
                }
                for (int v = r + 1; v < end && v <= r + 3; v++) {
                    String expected = text(grid.text(v, c));
                    String actual = actualCol < 0 ? null : text(grid.text(v, actualCol));
                    if (expected != null || actual != null) {
                        return new Goal(expected, actual);
                    }
                }
                return new Goal(null, null);
            }
        }
        return null;
    }

    // ------------------------------------------------------------------ indicators

    private List<Indicator> indicators(int header, BigDecimal[] total) {
        Map<Col, Integer> cols = new EnumMap<>(Col.class);
        columns(header, cols);
        int first = header + 1;
        if (header + 1 < grid.rows() && rowHas(header + 1, k -> k.contains("指标性质") || k.contains("度量单位")
                || k.contains("计量单位"))) {
            columns(header + 1, cols);
            first = header + 2;
        }
        if (cols.containsKey(Col.NATURE) || cols.containsKey(Col.UNIT)) {
            cols.remove(Col.TARGET);
        }
        List<Indicator> rows = new ArrayList<>();
        String level1 = null;
        BigDecimal level1Weight = null;
        String level2 = null;
        for (int r = first; r < grid.rows(); r++) {
            if (rowHas(r, k -> k.startsWith("总分") || k.equals("合计"))) {
                total[0] = score(r, cols.get(Col.SCORE));
                break;
            }
            String one = cell(r, cols.get(Col.L1));
            if (one != null) {
                Matcher m = LEVEL1.matcher(key(one));
                String name = m.matches() ? m.group(1) : key(one);
                BigDecimal weight = m.matches() ? NumberBounds.SCORE.check(m.group(2), "分值").value() : null;
                if (!name.equals(level1)) {
                    level2 = null;
                }
                level1 = name;
                level1Weight = weight;
            }
            String two = cell(r, cols.get(Col.L2));
            if (two != null) {
                level2 = key(two);
            }
            String three = cell(r, cols.get(Col.L3));
            String target = cols.containsKey(Col.TARGET) ? cell(r, cols.get(Col.TARGET))
                    : target(cell(r, cols.get(Col.NATURE)), cell(r, cols.get(Col.VALUE)), cell(r, cols.get(Col.UNIT)));
            String actual = cell(r, cols.get(Col.ACTUAL));
            String note = cell(r, cols.get(Col.NOTE));
            boolean hasNumbers = cell(r, cols.get(Col.WEIGHT)) != null || cell(r, cols.get(Col.SCORE)) != null;
            if (target == null && actual == null && !hasNumbers) {
                // A 二级 with no rows, a blank line, or a note written beside an empty 二级 (as Jixiao's own 附1
                // export does): not an indicator.
                continue;
            }
            rows.add(new Indicator(level1, level1Weight, level2, three, target, actual,
                    score(r, cols.get(Col.WEIGHT)), score(r, cols.get(Col.SCORE)), note, null));
        }
        return rows;
    }

    private void columns(int row, Map<Col, Integer> cols) {
        for (int c = 0; c < grid.columns(row); c++) {
            String k = key(grid.text(row, c));
            if (!grid.isOrigin(row, c) || k.isEmpty()) {
                continue;
            }
            Col col = k.contains("一级指标") ? Col.L1
                    : k.contains("二级指标") ? Col.L2
                    : k.contains("三级指标") ? Col.L3
                    : k.contains("偏差") ? Col.NOTE
                    : k.contains("实际完成") || k.contains("完成值") || k.contains("实际值") ? Col.ACTUAL
                    : k.contains("指标性质") ? Col.NATURE
                    : k.contains("度量单位") || k.contains("计量单位") ? Col.UNIT
                    : k.equals("指标值") ? Col.VALUE
                    : k.contains("指标值") ? Col.TARGET
                    : k.contains("得分") ? Col.SCORE
                    : k.contains("分值") || k.contains("权重") ? Col.WEIGHT : null;
            if (col != null) {
                cols.putIfAbsent(col, c);
            }
        }
    }

    /** 指标性质 | 指标值 | 度量单位 as one target: "≥" "735" "人次" → "≥735人次"; 定性 keeps the value alone. */
    private static String target(String nature, String value, String unit) {
        if (value == null) {
            return null;
        }
        String op = nature == null ? "" : switch (key(nature)) {
            case "≥", ">", "≤", "<", "=" -> key(nature);
            case "正向", "正向指标", "不低于", "大于等于" -> "≥";
            case "反向", "反向指标", "不高于", "小于等于" -> "≤";
            case "等于" -> "=";
            default -> "";
        };
        return op + value + (unit == null ? "" : unit);
    }

    private boolean rowHas(int row, java.util.function.Predicate<String> test) {
        for (int c = 0; c < grid.columns(row); c++) {
            if (test.test(key(grid.text(row, c)))) {
                return true;
            }
        }
        return false;
    }

    // ------------------------------------------------------------------ cells

    /** A text cell: null when empty or a dash ("—" marks a cell that does not apply). */
    private String cell(int row, Integer column) {
        return column == null ? null : text(grid.text(row, column));
    }

    private static String text(String value) {
        if (value == null || value.isBlank() || DASH.matcher(value.strip()).matches()) {
            return null;
        }
        return value.strip();
    }

    private BigDecimal money(int row, Integer column, boolean yuan) {
        String text = cell(row, column);
        if (text == null) {
            return null;
        }
        String bare = text.replaceFirst("\\s*(万元|万|元)$", "");
        NumberBounds.Checked checked = NumberBounds.MONEY.check(bare, "金额");
        if (checked.rejected()) {
            problems.add(problem(row, column, unreadable(text, checked)));
            return null;
        }
        return yuan ? checked.value().divide(TEN_THOUSAND, NumberBounds.MONEY.scale(), RoundingMode.HALF_UP)
                : checked.value();
    }

    private BigDecimal score(int row, Integer column) {
        String text = cell(row, column);
        if (text == null) {
            return null;
        }
        NumberBounds.Checked checked = NumberBounds.SCORE.check(text.replaceFirst("\\s*分$", ""), "分值");
        if (checked.rejected()) {
            problems.add(problem(row, column, unreadable(text, checked)));
            return null;
        }
        return checked.value();
    }

    private static String unreadable(String text, NumberBounds.Checked checked) {
        String echo = text.length() <= 20 ? text : text.substring(0, 20) + "…";
        return "notNumber".equals(checked.code()) ? "无法识别的数字 ‘" + echo + "’" : checked.message() + "（‘" + echo + "’）";
    }

    private Problem problem(int row, int column, String message) {
        if (row < 0) {
            return new Problem(grid.shortName(), null, grid.name() + "：" + message);
        }
        return new Problem(grid.shortName(), grid.cell(row, column), grid.address(row, column) + "：" + message);
    }
}
