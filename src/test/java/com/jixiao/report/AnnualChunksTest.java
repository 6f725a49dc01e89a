package com.jixiao.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.jixiao.demo.generator.ProvinceDataGenerator;
import com.jixiao.support.IntegrationTest;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * A year of more than one chunk ({@link SummaryService#CHUNK}), in departments of very different
 * sizes: every project comes exactly once, in (department, 序号) order, across chunk and department
 * boundaries.
 */
@WithUserDetails("auditor")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AnnualChunksTest extends IntegrationTest {

    static final int YEAR = 2042;

    @Autowired DataSource dataSource;
    @Autowired SummaryService summaries;
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
    }

    @Test
    void streamAnnualHandsEveryProjectOnceInDepartmentAndSeqOrder() {
        List<String> expected = jdbc.queryForList("""
                select department_id || '/' || seq from project where fiscal_year = ? and department_id = any(?)
                order by department_id, seq""", String.class, YEAR, departmentIds.toArray(Long[]::new));
        assertThat(expected).hasSize(SummaryService.CHUNK + 6);

        List<Integer> chunkSizes = new ArrayList<>();
        List<String> streamed = new ArrayList<>();
        summaries.streamAnnual(YEAR, departmentIds, lines -> {
            chunkSizes.add(lines.size());
            lines.forEach(line -> streamed.add(line.row().departmentId() + "/" + line.row().seq()));
        });

        assertThat(streamed).isEqualTo(expected);
        assertThat(chunkSizes).containsExactly(SummaryService.CHUNK, 6);
    }
}
