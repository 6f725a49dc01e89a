package com.jixiao.report;

import static com.jixiao.report.ExportsTest.decimal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jixiao.demo.generator.ProvinceDataGenerator;
import com.jixiao.support.IntegrationTest;
import com.jixiao.report.export.ScoreTableXlsx;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A year of more than one chunk ({@link SummaryService#CHUNK}), in departments of very different
 * sizes: every project comes exactly once, in (department, 序号) order, across chunk and department
 * boundaries — the results first, then the projects without a result. The generated sheets are all
 * approved here but one draft and one returned sheet, so that the results span two chunks.
 */
@WithUserDetails("auditor")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AnnualChunksTest extends IntegrationTest {

    static final int YEAR = 2042;

    @Autowired DataSource dataSource;
    @Autowired SummaryService summaries;
    @Autowired MockMvc mvc;
    JdbcTemplate jdbc;
    List<Long> departmentIds = new ArrayList<>();

    @BeforeAll
    void generateThreeDepartmentsAcrossAChunkBoundary() throws Exception {
        new ProvinceDataGenerator(dataSource).generate(List.of(2, SummaryService.CHUNK + 1, 3), YEAR);
        jdbc = new JdbcTemplate(dataSource);
        for (int i = 0; i < 3; i++) {
            departmentIds.add(jdbc.queryForObject("select id from department where name = ?", Long.class,
                    ProvinceDataGenerator.departmentName(i, YEAR)));
        }
        jdbc.update("""
                update score_sheet s set status = 'APPROVED' from project p
                where p.id = s.project_id and p.fiscal_year = ?""", YEAR);
        jdbc.update("""
                update score_sheet s set status = 'DRAFT' from project p
                where p.id = s.project_id and p.department_id = ? and p.seq = 1""", departmentIds.get(1));
        jdbc.update("""
                update score_sheet s set status = 'RETURNED' from project p
                where p.id = s.project_id and p.department_id = ? and p.seq = 2""", departmentIds.get(2));
    }

    @Test
    void streamAnnualHandsEveryProjectOnceInDepartmentAndSeqOrder() {
        List<String> expected = jdbc.queryForList("""
                select p.department_id || '/' || p.seq from project p join score_sheet s on s.project_id = p.id
                where p.fiscal_year = ? and p.department_id = any(?) and s.status = 'APPROVED'
                order by p.department_id, p.seq""", String.class, YEAR, departmentIds.toArray(Long[]::new));
        assertThat(expected).hasSize(SummaryService.CHUNK + 4);

        List<Integer> chunkSizes = new ArrayList<>();
        List<String> streamed = new ArrayList<>();
        List<String> unsubmitted = new ArrayList<>();
        summaries.streamAnnual(YEAR, departmentIds, lines -> {
            chunkSizes.add(lines.size());
            lines.forEach(line -> streamed.add(line.departmentId() + "/" + line.seq()));
        }, projects -> projects.forEach(project -> unsubmitted.add(project.departmentId() + "/" + project.seq()
                + " " + project.statusLabel())));

        assertThat(streamed).isEqualTo(expected);
        assertThat(chunkSizes).containsExactly(SummaryService.CHUNK, 4);
        assertThat(unsubmitted).containsExactly(departmentIds.get(1) + "/1 草稿", departmentIds.get(2) + "/2 已退回");
    }

    /**
     * The .xlsx across chunks: 项目 in order, one 指标 row per database row (more than one batch of
     * parked rows), and the number formats on the rows of every chunk.
     */
    @Test
    void scoreTableXlsxOfSeveralChunksHasEveryRowInOrderWithItsFormats() throws Exception {
        List<String> projects = jdbc.queryForList("""
                select d.name || '|' || p.seq from project p join department d on d.id = p.department_id
                join score_sheet s on s.project_id = p.id
                where p.fiscal_year = ? and s.status = 'APPROVED' order by p.department_id, p.seq""", String.class, YEAR);
        Integer indicators = jdbc.queryForObject("""
                select count(*) from indicator i join score_sheet s on s.id = i.sheet_id join project p on p.id = s.project_id
                where i.level = 3 and p.fiscal_year = ? and s.status = 'APPROVED'""", Integer.class, YEAR);
        assertThat(projects).hasSize(SummaryService.CHUNK + 4);
        assertThat(indicators).isGreaterThan(ScoreTableXlsx.INDICATOR_BATCH);

        byte[] file = mvc.perform(get("/exports/scores-" + YEAR + ".xlsx?department=all")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            List<Map<String, Cell>> projectRows = ExportsTest.rows(book.getSheet("项目"));
            List<Map<String, Cell>> indicatorRows = ExportsTest.rows(book.getSheet("指标"));
            assertThat(projectRows.stream().map(row -> row.get("预算部门").getStringCellValue() + "|"
                    + (int) row.get("序号").getNumericCellValue()).toList()).isEqualTo(projects);
            assertThat(indicatorRows).hasSize(indicators);
            assertThat(ExportsTest.rows(book.getSheet("未提交")).stream().map(row -> row.get("状态").getStringCellValue()))
                    .containsExactly("草稿", "已退回");
            // Generated sheets have no 成本 or other 一级指标, and no printed 汇总表 score.
            ExportsTest.assertFormats(projectRows, ExportsTest.PROJECT_FORMATS, "成本指标", "其他一级指标");
            ExportsTest.assertFormats(indicatorRows, ExportsTest.INDICATOR_FORMATS);
            assertThat(decimal(projectRows.get(projectRows.size() - 1).get("资金"))).isPositive();
        }
    }
}
