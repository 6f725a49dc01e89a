package com.jixiao.perf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jixiao.demo.generator.ProvinceDataGenerator;
import com.jixiao.support.IntegrationTest;
import com.jixiao.support.StatementCounter;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;

/**
 * SQL statement guards: the number of statements a page issues must not grow with the number of
 * projects or indicator rows on it, and stays within 9 (three of them for the session, one for the bell). Every statement is counted at the
 * DataSource (Hibernate and plain JDBC alike) over a real request through MockMvc (security,
 * controller, service, template).
 */
@WithUserDetails("auditor")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StatementCountTest extends IntegrationTest {

    static final int YEAR = 2041;
    /**
     * Five for the page, one for the session check (SessionRevalidationFilter: the user's row, every request) and
     * two for the session kept in PostgreSQL so that any node can answer (Spring Session JDBC: this request's
     * session written with its attributes; a browser with a cookie costs a read and an update instead), and one for
     * the unread count of the notification bell in the page header (issue 19.4: one indexed count per page, asked
     * by the layout only when a page with a header renders, so downloads such as the CSV export do not pay it).
     */
    static final int MAX_STATEMENTS_PER_PAGE = 9;

    @Autowired MockMvc mvc;
    @Autowired DataSource dataSource;

    long smallDepartment;
    long largeDepartment;

    @BeforeAll
    void generateTwoDepartmentsOfDifferentSize() throws Exception {
        new ProvinceDataGenerator(dataSource).generate(List.of(3, 40), YEAR);
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        String byName = "select id from department where name = ?";
        smallDepartment = jdbc.queryForObject(byName, Long.class, ProvinceDataGenerator.departmentName(0, YEAR));
        largeDepartment = jdbc.queryForObject(byName, Long.class, ProvinceDataGenerator.departmentName(1, YEAR));
        // Only submitted and approved sheets are read and scored for the 汇总表 and the exports (issue 11):
        // every generated sheet is made a result so that both departments' rows cost what results cost, and
        // the large department keeps a few drafts, read apart as 未提交.
        jdbc.update("""
                update score_sheet s set status = 'SUBMITTED' from project p
                where p.id = s.project_id and p.fiscal_year = ?""", YEAR);
        jdbc.update("""
                update score_sheet s set status = 'DRAFT' from project p
                where p.id = s.project_id and p.department_id = ? and p.seq <= 3""", largeDepartment);
    }

    long statementsFor(String url) throws Exception {
        StatementCounter.reset();
        mvc.perform(get(url)).andExpect(status().isOk());
        return StatementCounter.count();
    }

    @Test
    void summaryStatementsDoNotGrowWithProjects() throws Exception {
        long small = statementsFor("/departments/" + smallDepartment + "/years/" + YEAR + "/summary");
        long large = statementsFor("/departments/" + largeDepartment + "/years/" + YEAR + "/summary");

        assertThat(small).isPositive();
        assertThat(large).isEqualTo(small).isLessThanOrEqualTo(MAX_STATEMENTS_PER_PAGE);
    }

    @Test
    void findingsPageStatementsDoNotGrowWithProjects() throws Exception {
        long small = statementsFor("/departments/" + smallDepartment + "/years/" + YEAR + "/findings");
        long large = statementsFor("/departments/" + largeDepartment + "/years/" + YEAR + "/findings");

        assertThat(small).isPositive();
        assertThat(large).isEqualTo(small).isLessThanOrEqualTo(MAX_STATEMENTS_PER_PAGE);
    }

    @Test
    void exportStatementsDoNotGrowWithProjects() throws Exception {
        long small = statementsFor("/exports/scores-" + YEAR + ".csv?department=" + smallDepartment);
        long large = statementsFor("/exports/scores-" + YEAR + ".csv?department=" + largeDepartment);

        assertThat(small).isPositive();
        assertThat(large).isEqualTo(small).isLessThanOrEqualTo(MAX_STATEMENTS_PER_PAGE);
    }

    @Test
    void sheetPageStatementsDoNotGrowWithIndicatorRows() throws Exception {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        // A generated sheet has 15 level-3 rows; the seed's 执法办案中心 sheet has 6.
        Long generated = jdbc.queryForObject("""
                select s.id from score_sheet s join project p on p.id = s.project_id
                where p.department_id = ? order by s.id limit 1""", Long.class, largeDepartment);
        Long seed = jdbc.queryForObject("""
                select s.id from score_sheet s join project p on p.id = s.project_id
                where p.name = '执法办案中心建设'""", Long.class);
        Integer generatedRows = jdbc.queryForObject("select count(*) from indicator where sheet_id = ? and level = 3",
                Integer.class, generated);
        Integer seedRows = jdbc.queryForObject("select count(*) from indicator where sheet_id = ? and level = 3",
                Integer.class, seed);
        assertThat(generatedRows).isGreaterThan(seedRows);

        long few = statementsFor("/sheets/" + seed);
        long many = statementsFor("/sheets/" + generated);

        assertThat(few).isPositive();
        assertThat(many).isEqualTo(few).isLessThanOrEqualTo(MAX_STATEMENTS_PER_PAGE);
    }
}
