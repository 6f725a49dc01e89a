package com.jixiao.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jixiao.department.Department;
import com.jixiao.department.DepartmentRepository;
import com.jixiao.project.Project;
import com.jixiao.project.ProjectDetails;
import com.jixiao.project.ProjectRepository;
import com.jixiao.sheet.FundsEntry;
import com.jixiao.sheet.FundsLineKind;
import com.jixiao.sheet.Indicator;
import com.jixiao.sheet.IndicatorEntry;
import com.jixiao.sheet.ScoreSheet;
import com.jixiao.sheet.ScoreSheetRepository;
import com.jixiao.report.export.ScoreTableXlsx;
import com.jixiao.support.IntegrationTest;
import jakarta.persistence.EntityManager;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/** Every export read back (POI, a CSV parser) and compared with the database. */
@WithUserDetails("auditor")
class ExportsTest extends IntegrationTest {

    private static final String SEED = "承德市公安局高新技术产业开发区分局";

    @Autowired MockMvc mvc;
    @Autowired DepartmentRepository departments;
    @Autowired ProjectRepository projects;
    @Autowired ScoreSheetRepository sheets;
    @Autowired JdbcTemplate jdbc;
    @Autowired EntityManager entityManager;
    @Autowired SummaryService summaries;

    private final DataFormatter formatter = new DataFormatter();
    @Autowired com.jixiao.audit.AuditVerifier auditVerifier;

    Long seedId() {
        return departments.findByName(SEED).orElseThrow().getId();
    }

    MockHttpServletResponse download(String url) throws Exception {
        return mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse();
    }

    XSSFWorkbook workbook(String url) throws Exception {
        MockHttpServletResponse response = download(url);
        assertThat(response.getContentType()).startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml");
        return new XSSFWorkbook(new ByteArrayInputStream(response.getContentAsByteArray()));
    }

    /** Rows of a sheet as maps header → cell; title, 单位 and header rows excluded. */
    static List<Map<String, Cell>> rows(Sheet sheet) {
        Row header = sheet.getRow(ScoreTableXlsx.HEADER_ROW);
        List<Map<String, Cell>> rows = new ArrayList<>();
        for (int r = ScoreTableXlsx.HEADER_ROW + 1; r <= sheet.getLastRowNum(); r++) {
            Map<String, Cell> row = new HashMap<>();
            for (Cell headerCell : header) {
                Cell cell = sheet.getRow(r).getCell(headerCell.getColumnIndex());
                if (cell != null) {
                    row.put(headerCell.getStringCellValue(), cell);
                }
            }
            rows.add(row);
        }
        return rows;
    }

    /** The exact decimal a numeric cell holds: the shortest text that reads back as its double. */
    static BigDecimal decimal(Cell cell) {
        assertThat(cell.getCellType()).isEqualTo(CellType.NUMERIC);
        return new BigDecimal(Double.toString(cell.getNumericCellValue()));
    }

    @Test
    void theAnnualXlsxAndTheReportCarryTheAuditChainHeadOfTheirMoment() throws Exception {
        try (XSSFWorkbook book = workbook("/exports/scores-2021.xlsx?department=" + seedId())) {
            Sheet about = book.getSheet("说明");
            assertThat(about).as("sheet 说明").isNotNull();
            Map<String, String> notes = new HashMap<>();
            for (Row row : about) {
                notes.put(row.getCell(0).getStringCellValue(), row.getCell(1).getStringCellValue());
            }
            assertThat(notes.get("表名")).isEqualTo("2021年度项目支出绩效自评得分表");
            assertThat(notes.get("审计链头")).startsWith(auditVerifier.head().printed());
            assertThat(notes.get("审计链头")).matches("第 \\d+ 条 · [0-9a-f]{8} [0-9a-f]{8}（可在“校验审计链”页核对）");
        }
        String report = mvc.perform(get("/departments/" + seedId() + "/years/2021/report/print"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(org.jsoup.Jsoup.parse(report).select("#audit-head").text())
                .isEqualTo("打印时审计链头：" + auditVerifier.head().printed() + "（可在“校验审计链”页核对）");
    }

    @Test
    void scoreTableXlsxHasEveryProjectAndIndicatorRowWithTheDatabaseNumbers() throws Exception {
        try (XSSFWorkbook book = workbook("/exports/scores-2021.xlsx?department=" + seedId())) {
            assertThat(book.getSheetName(0)).isEqualTo("项目");
            assertThat(book.getSheetName(1)).isEqualTo("未提交");
            assertThat(book.getSheetName(2)).isEqualTo("指标");
            List<Map<String, Cell>> projectRows = rows(book.getSheet("项目"));
            assertThat(projectRows).hasSize(13);
            assertThat(rows(book.getSheet("未提交"))).isEmpty();

            BigDecimal funds = projectRows.stream().map(row -> decimal(row.get("资金"))).reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(funds).isEqualByComparingTo("481.149665");
            Map<String, Cell> security = projectRows.stream()
                    .filter(row -> row.get("项目名称").getStringCellValue().equals("安保执勤接待工作专项")).findFirst().orElseThrow();
            assertThat(decimal(security.get("资金")).toPlainString()).isEqualTo("43.95235");
            assertThat(security.get("状态").getStringCellValue()).isEqualTo("已公布");

            // Each project's funds block and entered total, cell by cell against the tables.
            List<Map<String, Object>> expected = jdbc.queryForList("""
                    select p.seq, f.initial_budget, f.annual_budget, f.executed, s.entered_total
                    from project p join score_sheet s on s.project_id = p.id
                    join funds_line f on f.sheet_id = s.id and f.kind = 'TOTAL'
                    where p.department_id = ? and p.fiscal_year = 2021""", seedId());
            assertThat(expected).hasSize(12);
            for (Map<String, Object> db : expected) {
                Map<String, Cell> row = projectRows.stream()
                        .filter(r -> (int) r.get("序号").getNumericCellValue() == (Integer) db.get("seq")).findFirst().orElseThrow();
                assertExact(row.get("年初预算数"), db.get("initial_budget"));
                assertExact(row.get("全年预算数"), db.get("annual_budget"));
                assertExact(row.get("全年执行数"), db.get("executed"));
                assertExact(row.get("填报总分"), db.get("entered_total"));
            }

            Map<String, Cell> office = projectRows.stream()
                    .filter(row -> row.get("项目名称").getStringCellValue().equals("机关所站运转专项")).findFirst().orElseThrow();
            assertThat(decimal(office.get("资金")).toPlainString()).isEqualTo("58.762315");
            assertThat(formatter.formatCellValue(office.get("执行率"))).isEqualTo("74.383%");
            assertThat(decimal(office.get("预算执行得分"))).isEqualByComparingTo("7.44");
            assertThat(office.get("按规则等级").getStringCellValue()).isEqualTo("中");
            assertThat(office.get("填报等级").getStringCellValue()).isEqualTo("优秀");
            assertThat(office.get("问题数").getNumericCellValue()).isGreaterThan(0);

            Map<String, Cell> lawCentre = projectRows.stream()
                    .filter(row -> row.get("项目名称").getStringCellValue().contains("执法办案中心")).findFirst().orElseThrow();
            assertThat(formatter.formatCellValue(lawCentre.get("执行率"))).isEqualTo("19.997%");
            assertThat(decimal(lawCentre.get("按规则总分"))).isEqualByComparingTo("92");
            assertThat(decimal(lawCentre.get("预算执行得分")).add(decimal(lawCentre.get("产出指标")))
                    .add(decimal(lawCentre.get("效益指标"))).add(decimal(lawCentre.get("满意度指标"))))
                    .isEqualByComparingTo(decimal(lawCentre.get("按规则总分")));

            Integer level3 = jdbc.queryForObject("""
                    select count(*) from indicator i join score_sheet s on s.id = i.sheet_id join project p on p.id = s.project_id
                    where i.level = 3 and p.department_id = ? and p.fiscal_year = 2021""", Integer.class, seedId());
            List<Map<String, Cell>> indicatorRows = rows(book.getSheet("指标"));
            assertThat(indicatorRows).hasSize(level3);
            assertThat(indicatorRows).anySatisfy(row -> {
                assertThat(row.get("三级指标").getStringCellValue()).isEqualTo("执法办案中心建设完成");
                assertThat(row.get("一级指标").getStringCellValue()).isEqualTo("产出指标");
                // A target of "=1" is also a formula to a spreadsheet: it comes out neutralised.
                assertThat(row.get("年度指标值").getStringCellValue()).isEqualTo("'=1");
                assertThat(decimal(row.get("分值"))).isEqualByComparingTo("20");
                assertThat(decimal(row.get("按规则得分"))).isEqualByComparingTo("20");
            });
        }
    }

    /** Number formats by header, as the 汇总表 shows the figures; every other cell is text. */
    static final Map<String, String> PROJECT_FORMATS = Map.ofEntries(Map.entry("序号", "0"),
            Map.entry("资金", "General"), Map.entry("年初预算数", "General"), Map.entry("全年预算数", "General"),
            Map.entry("全年执行数", "General"), Map.entry("执行率", "0.000%"), Map.entry("预算执行得分", "General"),
            Map.entry("产出指标", "General"), Map.entry("效益指标", "General"), Map.entry("满意度指标", "General"),
            Map.entry("成本指标", "General"), Map.entry("其他一级指标", "General"), Map.entry("按规则总分", "General"), Map.entry("填报总分", "General"),
            Map.entry("问题数", "0"));
    static final Map<String, String> INDICATOR_FORMATS = Map.of("分值", "General", "填报得分", "General",
            "按规则得分", "General");

    @Test
    void scoreTableXlsxOfAllDepartmentsHasEveryIndicatorRowOfTheDatabaseAndTheNumberFormats() throws Exception {
        Long[] inScope = summaries.departmentsOf("all").stream().map(Department::getId).toArray(Long[]::new);
        String project = "d.name || '|' || coalesce(p.code, '') || '|' || coalesce(p.summary_name, p.name)";
        // Results: a submitted or approved sheet, or no sheet but a filed 汇总表 row; the rest is 未提交.
        String result = "(s.status in ('SUBMITTED', 'APPROVED') or (s.id is null and p.published_score is not null))";
        Map<String, Long> projectsInDatabase = counts("select " + project + """
                , count(*) from project p join department d on d.id = p.department_id
                left join score_sheet s on s.project_id = p.id
                where p.fiscal_year = 2021 and p.department_id = any(?) and""" + " " + result + " group by 1", inScope);
        Map<String, Long> unsubmittedInDatabase = counts("select " + project + """
                , count(*) from project p join department d on d.id = p.department_id
                left join score_sheet s on s.project_id = p.id
                where p.fiscal_year = 2021 and p.department_id = any(?) and not coalesce(""" + result + ", false)"
                + " group by 1", inScope);
        assertThat(unsubmittedInDatabase).containsKey("示例部门||示例项目：办公设备更新（虚构）");
        Map<String, Long> indicatorsInDatabase = counts("select " + project + """
                , count(*) from indicator i join score_sheet s on s.id = i.sheet_id
                join project p on p.id = s.project_id join department d on d.id = p.department_id
                where i.level = 3 and p.fiscal_year = 2021 and p.department_id = any(?) group by 1""", inScope);
        assertThat(indicatorsInDatabase.values().stream().mapToLong(Long::longValue).sum()).isGreaterThan(13);

        try (XSSFWorkbook book = workbook("/exports/scores-2021.xlsx?department=all")) {
            assertThat(book.getProperties().getCoreProperties().getTitle()).isEqualTo("2021年度项目支出绩效自评得分表");
            assertThat(book.getNumberOfSheets()).isEqualTo(4);
            assertThat(book.getSheetName(3)).isEqualTo("说明");
            Sheet projectSheet = book.getSheet("项目");
            Sheet indicatorSheet = book.getSheet("指标");
            List<Map<String, Cell>> projectRows = rows(projectSheet);
            List<Map<String, Cell>> indicatorRows = rows(indicatorSheet);

            // Both sheets come from the same projects: per project, as many rows as in the database.
            assertThat(countByProject(projectRows)).isEqualTo(projectsInDatabase);
            assertThat(countByProject(rows(book.getSheet("未提交")))).isEqualTo(unsubmittedInDatabase);
            assertThat(countByProject(indicatorRows)).isEqualTo(indicatorsInDatabase);

            // The 2021 reports have no 成本 or other 一级指标: those two columns stay empty.
            assertFormats(projectRows, PROJECT_FORMATS, "成本指标", "其他一级指标");
            assertFormats(indicatorRows, INDICATOR_FORMATS);
            for (Sheet sheet : List.of(projectSheet, indicatorSheet)) {
                for (Cell header : sheet.getRow(ScoreTableXlsx.HEADER_ROW)) {
                    assertThat(book.getFontAt(header.getCellStyle().getFontIndex()).getBold()).as(header.toString()).isTrue();
                    int width = sheet.getColumnWidth(header.getColumnIndex());
                    boolean number = PROJECT_FORMATS.containsKey(header.getStringCellValue()) && sheet == projectSheet
                            || INDICATOR_FORMATS.containsKey(header.getStringCellValue()) && sheet == indicatorSheet;
                    assertThat(width).as(header.toString()).isEqualTo((number ? 13 : 20) * 256);
                }
                assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
                assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) (ScoreTableXlsx.HEADER_ROW + 1));
                assertThat(sheet.getPaneInformation().getVerticalSplitPosition()).isEqualTo((short) 0);
            }
        }
    }

    /** Every number cell carries its column's format, every other cell is text; each number column but {@code empty} is seen. */
    static void assertFormats(List<Map<String, Cell>> rows, Map<String, String> formats, String... empty) {
        Set<String> seen = new HashSet<>();
        for (Map<String, Cell> row : rows) {
            row.forEach((header, cell) -> {
                if (formats.containsKey(header)) {
                    assertThat(cell.getCellType()).as(header).isEqualTo(CellType.NUMERIC);
                    assertThat(((XSSFCellStyle) cell.getCellStyle()).getDataFormatString()).as(header)
                            .isEqualTo(formats.get(header));
                    seen.add(header);
                } else {
                    assertThat(cell.getCellType()).as(header).isEqualTo(CellType.STRING);
                }
            });
        }
        Set<String> expected = new HashSet<>(formats.keySet());
        expected.removeAll(List.of(empty));
        assertThat(seen).containsExactlyInAnyOrderElementsOf(expected);
    }

    /** {@code sql} selects a key and a count for the departments {@code departmentIds}. */
    private Map<String, Long> counts(String sql, Long[] departmentIds) {
        Map<String, Long> counts = new TreeMap<>();
        jdbc.query(sql, rs -> {
            counts.put(rs.getString(1), rs.getLong(2));
        }, (Object) departmentIds);
        return counts;
    }

    /** Rows per project: 预算部门|项目编码|项目名称. */
    private static Map<String, Long> countByProject(List<Map<String, Cell>> rows) {
        Function<Map<String, Cell>, String> key = row -> text(row, "预算部门") + "|" + text(row, "项目编码") + "|"
                + text(row, "项目名称");
        return new TreeMap<>(rows.stream().collect(Collectors.groupingBy(key, Collectors.counting())));
    }

    private static String text(Map<String, Cell> row, String header) {
        return row.containsKey(header) ? row.get(header).getStringCellValue() : "";
    }

    private static void assertExact(Cell cell, Object db) {
        if (db == null) {
            assertThat(cell).isNull();
            return;
        }
        assertThat(decimal(cell)).isEqualByComparingTo((BigDecimal) db);
    }

    @Test
    void csvIsUtf8WithBomRfc4180AndCarriesTheSameNumbers() throws Exception {
        MockHttpServletResponse response = download("/exports/scores-2021.csv?department=" + seedId());
        byte[] bytes = response.getContentAsByteArray();
        assertThat(response.getContentType()).startsWith("text/csv");
        assertThat(response.getHeader("Content-Disposition")).contains("scores-2021.csv", "filename*=UTF-8''");
        assertThat(new byte[] {bytes[0], bytes[1], bytes[2]}).containsExactly(0xEF, 0xBB, 0xBF);

        List<List<String>> records = Csv.parse(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8));
        assertThat(records.get(0)).startsWith("预算部门", "序号", "项目编码", "项目名称", "资金");
        assertThat(records).hasSize(14);
        int funds = records.get(0).indexOf("资金");
        int rate = records.get(0).indexOf("执行率");
        assertThat(records.subList(1, 14).stream().map(r -> new BigDecimal(r.get(funds))).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo("481.149665");
        assertThat(records).anySatisfy(r -> assertThat(r.get(funds)).isEqualTo("43.95235"));
        assertThat(records).anySatisfy(r -> assertThat(r.get(rate)).isEqualTo("19.997%"));

        MockHttpServletResponse indicators = download("/exports/indicators-2021.csv?department=" + seedId());
        byte[] ib = indicators.getContentAsByteArray();
        List<List<String>> rows = Csv.parse(new String(ib, 3, ib.length - 3, StandardCharsets.UTF_8));
        Integer level3 = jdbc.queryForObject("""
                select count(*) from indicator i join score_sheet s on s.id = i.sheet_id join project p on p.id = s.project_id
                where i.level = 3 and p.department_id = ? and p.fiscal_year = 2021""", Integer.class, seedId());
        assertThat(rows).hasSize(level3 + 1);
        int target = rows.get(0).indexOf("年度指标值");
        // "=1" is a target, but also a formula: it must come out neutralised.
        assertThat(rows).anySatisfy(r -> assertThat(r.get(target)).isEqualTo("'=1"));
    }

    @Test
    @Transactional
    void textThatLooksLikeAFormulaIsNeutralisedInXlsxAndCsv() throws Exception {
        Department department = departments.save(new Department("+测试局", null));
        Project project = new Project(new ProjectDetails(department, 2099, "=HYPERLINK(\"http://x\",\"点我\")", "@CODE",
                null, null, null), 1);
        projects.save(project);
        ScoreSheet sheet = new ScoreSheet(project);
        sheet.reviseFunds(new FundsEntry(null, null, null, null, Map.of(FundsLineKind.TOTAL,
                new FundsEntry.Amounts(null, new BigDecimal("10.000001"), new BigDecimal("5"), null))));
        Indicator output = sheet.addLevel1("产出指标", new BigDecimal("50"), null);
        Indicator count = sheet.addLevel2(output, "数量指标", null, null);
        sheet.addRow(count, new IndicatorEntry("-1+2", "\t=cmd", null, null, null, null, null,
                "说明，含逗号和\"引号\"\n第二行"));
        sheet.recordAsFiled();
        sheets.save(sheet);
        projects.save(new Project(department, 2099, 2, "=1+1"));
        entityManager.flush();

        String query = "?department=" + department.getId();
        try (XSSFWorkbook book = workbook("/exports/scores-2099.xlsx" + query)) {
            Map<String, Cell> projectRow = rows(book.getSheet("项目")).get(0);
            assertThat(projectRow.get("预算部门").getStringCellValue()).isEqualTo("'+测试局");
            assertThat(projectRow.get("项目名称").getStringCellValue()).isEqualTo("'=HYPERLINK(\"http://x\",\"点我\")");
            assertThat(projectRow.get("项目名称").getCellType()).isEqualTo(CellType.STRING);
            assertThat(projectRow.get("项目编码").getStringCellValue()).isEqualTo("'@CODE");
            assertThat(decimal(projectRow.get("全年预算数")).toPlainString()).isEqualTo("10.000001");
            Map<String, Cell> indicatorRow = rows(book.getSheet("指标")).get(0);
            assertThat(indicatorRow.get("三级指标").getStringCellValue()).isEqualTo("'-1+2");
            assertThat(indicatorRow.get("年度指标值").getStringCellValue()).isEqualTo("'\t=cmd");
            Map<String, Cell> unsubmittedRow = rows(book.getSheet("未提交")).get(0);
            assertThat(unsubmittedRow.get("项目名称").getStringCellValue()).isEqualTo("'=1+1");
            assertThat(unsubmittedRow.get("预算部门").getStringCellValue()).isEqualTo("'+测试局");
        }
        byte[] csv = download("/exports/indicators-2099.csv" + query).getContentAsByteArray();
        List<List<String>> records = Csv.parse(new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8));
        assertThat(records.get(1)).contains("'+测试局", "'@CODE", "'=HYPERLINK(\"http://x\",\"点我\")", "'-1+2", "'\t=cmd",
                "说明，含逗号和\"引号\"\n第二行");
        byte[] scores = download("/exports/scores-2099.csv" + query).getContentAsByteArray();
        List<List<String>> projectRecords = Csv.parse(new String(scores, 3, scores.length - 3, StandardCharsets.UTF_8));
        assertThat(projectRecords).hasSize(3);
        assertThat(projectRecords.get(2)).contains("'+测试局", "'=1+1", "未建立");
    }

    @Test
    void sheetXlsxMergesCellsLikeThePrintedAttachmentOne() throws Exception {
        Long sheetId = jdbc.queryForObject("""
                select s.id from score_sheet s join project p on p.id = s.project_id
                where s.title = '执法办案中心建设项目支出绩效自评表'""", Long.class);
        try (XSSFWorkbook book = workbook("/sheets/" + sheetId + ".xlsx")) {
            Sheet sheet = book.getSheetAt(0);
            Map<String, Cell> byText = new HashMap<>();
            for (Row row : sheet) {
                for (Cell cell : row) {
                    String text = formatter.formatCellValue(cell);
                    byText.putIfAbsent(text, cell);
                }
            }
            Cell title = byText.get("执法办案中心建设项目支出绩效自评表");
            assertThat(merged(sheet, title)).isEqualTo(new CellRangeAddress(title.getRowIndex(), title.getRowIndex(), 0, 8));
            Cell output = byText.get("产出指标\n50分");
            CellRangeAddress outputRange = merged(sheet, output);
            assertThat(outputRange.getLastRow() - outputRange.getFirstRow() + 1).isEqualTo(6);
            assertThat(outputRange.getFirstColumn()).isEqualTo(1);
            Cell firstIndicator = byText.get("执法办案中心建设完成");
            assertThat(firstIndicator.getRowIndex()).isEqualTo(output.getRowIndex());
            Row first = firstIndicator.getRow();
            assertThat(formatter.formatCellValue(first.getCell(4))).isEqualTo("'=1");
            assertThat(decimal(first.getCell(6))).isEqualByComparingTo("20");
            assertThat(decimal(first.getCell(7))).isEqualByComparingTo("20");
            Cell rateCell = byText.get("19.997%");
            assertThat(rateCell).as("执行率 as on the printed page").isNotNull();
            Cell total = byText.get("总分");
            assertThat(merged(sheet, total).getLastColumn()).isEqualTo(5);
            assertThat(decimal(total.getRow().getCell(7))).isEqualByComparingTo("92");
            assertThat(merged(sheet, byText.get("项目资金\n(万元)")).getLastRow()
                    - merged(sheet, byText.get("项目资金\n(万元)")).getFirstRow()).isEqualTo(4);
        }
    }

    private static CellRangeAddress merged(Sheet sheet, Cell cell) {
        assertThat(cell).isNotNull();
        return sheet.getMergedRegions().stream()
                .filter(range -> range.isInRange(cell.getRowIndex(), cell.getColumnIndex())).findFirst().orElseThrow();
    }

    @Test
    void refusedExportsAnswerTheChinese404PageBeforeWritingAFile() throws Exception {
        for (String url : new String[] {"/exports/scores-1999.xlsx", "/exports/scores-abc.xlsx",
                "/exports/scores-2021.csv?department=999999", "/exports/scores-2021.xlsx?department=x",
                "/exports/indicators-3000.csv", "/sheets/999999.xlsx", "/sheets/abc.xlsx"}) {
            MockHttpServletResponse response = mvc.perform(get(url)).andExpect(status().isNotFound()).andReturn().getResponse();
            assertThat(response.getContentType()).as(url).startsWith("text/html");
            assertThat(Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8)).select("h1").text()).as(url)
                    .isEqualTo("未找到（404）");
        }
    }
}
