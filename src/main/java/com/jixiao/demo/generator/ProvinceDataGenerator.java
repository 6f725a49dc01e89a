package com.jixiao.demo.generator;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import javax.sql.DataSource;
import lombok.extern.slf4j.Slf4j;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Fills the database with one province-scale fiscal year of fictional data: departments, offices,
 * projects, sheets with funds rows and a 15-row indicator tree each, with a spread of scores,
 * statuses and deliberate mistakes (so checks find something). Uses PostgreSQL COPY: a province
 * (50,000 projects, 1.35 million indicator nodes) loads in well under a minute.
 *
 * <p>Department sizes: the first three departments have 5,000, 500 and 50 projects (for measuring
 * how pages grow), the rest share the remainder evenly.
 */
@Slf4j
public class ProvinceDataGenerator {

    /** Level-1 categories of the default template with their level-2 categories and row weights. */
    private static final String[][] LEVEL1 = {{"产出指标", "50"}, {"效益指标", "30"}, {"满意度指标", "10"}};
    private static final String[][][] LEVEL2 = {
            {{"数量指标", "10", "10"}, {"质量指标", "10", "10"}, {"时效指标", "5"}, {"成本指标", "5"}},
            {{"经济效益指标", "5", "5"}, {"社会效益指标", "5", "5"}, {"生态效益指标", "5"}, {"可持续影响指标", "5"}},
            {{"服务对象满意度指标", "4", "3", "3"}}};
    private static final String[] SUBJECTS = {"道路养护", "农村饮水安全", "义务教育薄弱校改造", "公共卫生服务", "森林防火",
            "社区养老服务", "智慧警务平台", "河道综合治理", "文化惠民演出", "就业技能培训", "农产品质量检测", "城市照明维护",
            "疫病防控", "图书馆数字化", "应急物资储备", "乡村振兴示范", "残疾人康复", "交通安全宣传", "环境监测站运行", "档案数字化"};
    private static final String[] KINDS = {"专项", "运转经费", "建设项目", "补助资金", "购置项目"};
    private static final String[] ROW_NAMES = {"完成数量", "验收合格率", "按期完成率", "成本控制率", "资金使用效益", "服务覆盖率",
            "群众知晓率", "设备完好率", "故障率", "投诉率", "培训人次", "受益人数", "项目持续发挥作用年限", "服务对象满意度", "工作人员满意度"};
    private static final String[] OFFICES = {"办公室", "财务科", "规划科", "业务一科", "业务二科"};
    private static final String[] STATUSES = {"DRAFT", "DRAFT", "DRAFT", "DRAFT", "SUBMITTED", "SUBMITTED", "SUBMITTED",
            "APPROVED", "APPROVED", "RETURNED"};

    private static final int FUNDS_ROWS_PER_SHEET = 4;

    private final DataSource dataSource;
    private final SplittableRandom random = new SplittableRandom(20261127L);

    public ProvinceDataGenerator(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * @param indicatorRows level-3 rows (the scored ones)
     * @param rowsWritten   every row written in every table
     */
    public record Result(int departments, int projects, long indicatorRows, long rowsWritten, long millis) {

        public long rowsPerSecond() {
            return millis == 0 ? rowsWritten : rowsWritten * 1000 / millis;
        }
    }

    /** Department sizes: 5,000 / 500 / 50 first, then the remainder spread evenly. */
    static List<Integer> departmentSizes(int departments, int projects) {
        List<Integer> sizes = new ArrayList<>();
        int[] fixed = {5000, 500, 50};
        int remaining = projects;
        for (int i = 0; i < departments && i < fixed.length && fixed[i] <= remaining; i++) {
            sizes.add(fixed[i]);
            remaining -= fixed[i];
        }
        int rest = departments - sizes.size();
        for (int i = 0; i < rest; i++) {
            int size = remaining / (rest - i);
            sizes.add(size);
            remaining -= size;
        }
        if (remaining > 0) {
            sizes.set(sizes.size() - 1, sizes.get(sizes.size() - 1) + remaining);
        }
        return sizes;
    }

    /**
     * @param departments at least 1
     * @param projects    total projects across departments
     * @return what was written; nothing is written when the year was generated before
     */
    public Result generate(int departments, int projects, int year) throws SQLException, IOException {
        return generate(departmentSizes(departments, projects), year);
    }

    /**
     * @param sizes number of projects of each department to create
     * @return what was written; nothing is written when the year was generated before
     */
    public Result generate(List<Integer> sizes, int year) throws SQLException, IOException {
        int projects = sizes.stream().mapToInt(Integer::intValue).sum();
        long start = System.currentTimeMillis();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            if (alreadyGenerated(connection, year)) {
                log.info("Province data for {} already generated, skipped", year);
                return new Result(0, 0, 0, 0, 0);
            }
            try (Statement lock = connection.createStatement()) {
                lock.execute("lock table department, office, project, score_sheet, funds_line, indicator in exclusive mode");
            }
            CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
            long departmentId = maxId(connection, "department");
            long officeId = maxId(connection, "office");
            long projectId = maxId(connection, "project");
            long sheetId = maxId(connection, "score_sheet");
            long fundsId = maxId(connection, "funds_line");
            long indicatorId = maxId(connection, "indicator");
            long indicatorRows = 0;
            long firstProjectId = projectId;
            long firstIndicatorId = indicatorId;

            StringBuilder departmentsCsv = new StringBuilder();
            StringBuilder officesCsv = new StringBuilder();
            for (int d = 0; d < sizes.size(); d++) {
                departmentId++;
                row(departmentsCsv, departmentId, departmentName(d, year), "示例第" + (d + 1) + "部门");
                for (String office : OFFICES) {
                    row(officesCsv, ++officeId, departmentId, office);
                }
            }
            copy.copyIn("copy department (id, name, short_name) from stdin", new StringReader(departmentsCsv.toString()));
            copy.copyIn("copy office (id, department_id, name) from stdin", new StringReader(officesCsv.toString()));

            long firstDepartment = departmentId - sizes.size() + 1;
            long firstOffice = officeId - (long) sizes.size() * OFFICES.length + 1;
            for (int d = 0; d < sizes.size(); d++) {
                // One COPY batch per department keeps memory flat for any province size.
                StringBuilder projectsCsv = new StringBuilder();
                StringBuilder sheetsCsv = new StringBuilder();
                StringBuilder fundsCsv = new StringBuilder();
                StringBuilder indicatorsCsv = new StringBuilder();
                long deptId = firstDepartment + d;
                for (int seq = 1; seq <= sizes.get(d); seq++) {
                    projectId++;
                    sheetId++;
                    long office = firstOffice + (long) d * OFFICES.length + random.nextInt(OFFICES.length);
                    String name = SUBJECTS[random.nextInt(SUBJECTS.length)] + KINDS[random.nextInt(KINDS.length)]
                            + "（" + seq + "）";
                    row(projectsCsv, projectId, deptId, year, seq, code(year, d, seq), name, office, office,
                            "联系人" + (seq % 97) + " 0314-" + (2000000 + random.nextInt(7999999)));
                    BigDecimal budget = BigDecimal.valueOf(10_000 + random.nextLong(5_000_000_000L), 6);
                    BigDecimal rate = BigDecimal.valueOf(55 + random.nextInt(50), 2);
                    BigDecimal executed = budget.multiply(rate).setScale(6, RoundingMode.HALF_UP);
                    BigDecimal fundsScore = rate.min(BigDecimal.ONE).multiply(BigDecimal.TEN)
                            .setScale(2, RoundingMode.HALF_UP);
                    if (random.nextInt(20) == 0) {
                        fundsScore = BigDecimal.TEN; // a typical hand-scoring mistake
                    }
                    String status = STATUSES[random.nextInt(STATUSES.length)];
                    IndicatorWriter writer = new IndicatorWriter(indicatorsCsv, sheetId, indicatorId);
                    BigDecimal rowsTotal = writer.writeTree();
                    indicatorId = writer.nextId;
                    indicatorRows += writer.level3Rows;
                    BigDecimal total = rowsTotal.add(fundsScore);
                    row(sheetsCsv, sheetId, projectId, name + "项目支出绩效自评表", status, "10", fundsScore,
                            "项目按计划实施。", "已基本完成年度目标。", "100", total);
                    row(fundsCsv, ++fundsId, sheetId, "TOTAL", budget, budget, executed);
                    row(fundsCsv, ++fundsId, sheetId, "APPROPRIATION", budget, budget, executed);
                    row(fundsCsv, ++fundsId, sheetId, "CARRY_OVER", null, null, null);
                    row(fundsCsv, ++fundsId, sheetId, "OTHER", null, null, null);
                }
                copy.copyIn("copy project (id, department_id, fiscal_year, seq, code, name, supervising_office_id,"
                        + " implementing_office_id, contact) from stdin", new StringReader(projectsCsv.toString()));
                copy.copyIn("copy score_sheet (id, project_id, title, status, funds_weight, funds_entered_score,"
                        + " expected_goal, actual_result, entered_total_weight, entered_total) from stdin",
                        new StringReader(sheetsCsv.toString()));
                copy.copyIn("copy funds_line (id, sheet_id, kind, initial_budget, annual_budget, executed) from stdin",
                        new StringReader(fundsCsv.toString()));
                copy.copyIn("copy indicator (id, sheet_id, parent_id, level, position, name, weight, target_text,"
                        + " actual_text, entered_score, deviation_note) from stdin",
                        new StringReader(indicatorsCsv.toString()));
            }
            try (Statement statement = connection.createStatement()) {
                for (String table : List.of("department", "office", "project", "score_sheet", "funds_line", "indicator")) {
                    statement.execute("select setval('" + table + "_id_seq', (select max(id) from " + table + "))");
                }
                statement.execute("analyze");
            }
            connection.commit();
            long rowsWritten = sizes.size() * (1L + OFFICES.length) + (projectId - firstProjectId)
                    * (1L + 1 + FUNDS_ROWS_PER_SHEET) + (indicatorId - firstIndicatorId);
            return new Result(sizes.size(), projects, indicatorRows, rowsWritten, System.currentTimeMillis() - start);
        }
    }

    /** Writes one sheet's 3 + 9 + 15 nodes; returns the sum of the entered level-3 scores. */
    private final class IndicatorWriter {
        private final StringBuilder out;
        private final long sheetId;
        private long nextId;
        private int level3Rows;

        IndicatorWriter(StringBuilder out, long sheetId, long lastId) {
            this.out = out;
            this.sheetId = sheetId;
            this.nextId = lastId;
        }

        BigDecimal writeTree() {
            BigDecimal total = BigDecimal.ZERO;
            int rowName = random.nextInt(ROW_NAMES.length);
            for (int one = 0; one < LEVEL1.length; one++) {
                long level1Id = ++nextId;
                row(out, level1Id, sheetId, null, 1, one, LEVEL1[one][0], LEVEL1[one][1], null, null, null, null);
                for (int two = 0; two < LEVEL2[one].length; two++) {
                    String[] category = LEVEL2[one][two];
                    long level2Id = ++nextId;
                    row(out, level2Id, sheetId, level1Id, 2, two, category[0], null, null, null, null, null);
                    for (int three = 1; three < category.length; three++) {
                        total = total.add(writeRow(level2Id, three - 1, ROW_NAMES[rowName++ % ROW_NAMES.length],
                                new BigDecimal(category[three])));
                    }
                }
            }
            return total;
        }

        private BigDecimal writeRow(long parentId, int position, String name, BigDecimal weight) {
            level3Rows++;
            String target;
            String actual;
            BigDecimal score;
            String note = null;
            switch (random.nextInt(5)) {
                case 0 -> { // positive percentage
                    int t = 85 + random.nextInt(14);
                    int x = t - 10 + random.nextInt(16);
                    target = "≥" + t + "%";
                    actual = x + "%";
                    score = x >= t ? weight : weight.multiply(BigDecimal.valueOf(x)).divide(BigDecimal.valueOf(t), 2, RoundingMode.HALF_UP);
                }
                case 1 -> { // count
                    int t = 2 + random.nextInt(200);
                    int x = Math.max(0, t - random.nextInt(5));
                    target = "≥" + t + "个";
                    actual = x + "个";
                    score = x >= t ? weight : weight.multiply(BigDecimal.valueOf(x)).divide(BigDecimal.valueOf(t), 2, RoundingMode.HALF_UP);
                }
                case 2 -> { // reverse
                    int t = 3 + random.nextInt(5);
                    int x = random.nextInt(2 * t);
                    target = "≤" + t + "%";
                    actual = x + "%";
                    score = x <= t ? weight : weight.multiply(BigDecimal.ONE.subtract(
                            BigDecimal.valueOf(x - t).divide(BigDecimal.valueOf(t), 6, RoundingMode.HALF_UP)))
                            .setScale(2, RoundingMode.HALF_UP);
                }
                case 3 -> { // deadline
                    target = "12月底前";
                    actual = (9 + random.nextInt(4)) + "月底";
                    score = weight;
                }
                default -> { // qualitative
                    target = "有效提升";
                    actual = "达成年度指标";
                    score = weight.multiply(BigDecimal.valueOf(80 + random.nextInt(21)))
                            .divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
                }
            }
            if (random.nextInt(12) == 0) {
                score = weight; // full marks without reaching the target: a finding
            } else if (score.compareTo(weight) < 0 && random.nextInt(3) > 0) {
                note = "受客观因素影响未完全达成，下一年度加强过程管理。";
            }
            row(out, ++nextId, sheetId, parentId, 3, position, name, weight, target, actual, score, note);
            return score;
        }
    }

    /** The name of the generated department number {@code index} (from 0) of a year. */
    public static String departmentName(int index, int year) {
        return "示例省生成数据第" + (index + 1) + "部门（" + year + "）";
    }

    private String code(int year, int department, int seq) {
        return String.format("%02d%03d%05d%s", year % 100, department + 1, seq,
                Long.toString(random.nextLong(1L << 40) + (1L << 40), 36).toUpperCase());
    }

    private static boolean alreadyGenerated(Connection connection, int year) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("select count(*) from department where name = '"
                     + departmentName(0, year) + "'")) {
            result.next();
            return result.getLong(1) > 0;
        }
    }

    private static long maxId(Connection connection, String table) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("select coalesce(max(id), 0) from " + table)) {
            result.next();
            return result.getLong(1);
        }
    }

    /** One line of COPY text format: tab-separated, \N for null, backslash escapes. */
    private static void row(StringBuilder out, Object... values) {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                out.append('\t');
            }
            Object value = values[i];
            if (value == null) {
                out.append("\\N");
            } else if (value instanceof BigDecimal decimal) {
                out.append(decimal.toPlainString());
            } else {
                String text = value.toString();
                for (int c = 0; c < text.length(); c++) {
                    char ch = text.charAt(c);
                    switch (ch) {
                        case '\\' -> out.append("\\\\");
                        case '\t' -> out.append("\\t");
                        case '\n' -> out.append("\\n");
                        case '\r' -> out.append("\\r");
                        default -> out.append(ch);
                    }
                }
            }
        }
        out.append('\n');
    }
}
