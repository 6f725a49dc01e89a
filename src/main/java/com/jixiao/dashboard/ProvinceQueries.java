package com.jixiao.dashboard;

import com.jixiao.scoring.RuleProfile;
import java.sql.Array;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * What the province view needs beyond the report module's per-department sums, summed by the
 * database in one statement per year: the projects per state, the grades and the funds-block findings.
 * A province holds 50,000 projects a year; loading and scoring them for one page took seconds, the
 * sums take one index range scan.
 */
@Repository
class ProvinceQueries {

    /**
     * A result as the 汇总表 counts it (report.SummaryRowQueriesImpl.RESULT: submitted or approved, or
     * a filed row without a sheet). ProvinceDashboardTest checks that the states counted here add up to
     * the report module's results for every department.
     */
    private static final String RESULT = "(s.status in ('SUBMITTED', 'APPROVED') or (s.id is null and p.published_score is not null))";

    /**
     * The three findings of the funds block that the scorer raises from the stored figures alone
     * (scoring.Scorer.funds), counted over the results: no budget (A missing or 0), B above A, and a
     * rate below the threshold without a 偏差原因分析. The rate is rounded to 6 places as the scorer does.
     */
    private static final String FUNDS_FINDINGS = """
            (case when (f.annual_budget is null or f.annual_budget = 0)
                       and not (f.annual_budget is null and f.executed is null and s.funds_weight is null
                                and s.funds_entered_score is null) then 1 else 0 end
             + case when f.annual_budget <> 0 and f.executed > f.annual_budget then 1 else 0 end
             + case when f.annual_budget <> 0 and round(f.executed / f.annual_budget, 6) < ?
                       and coalesce(btrim(s.funds_deviation_note, E' \\t\\r\\n\\u3000'), '') = '' then 1 else 0 end)""";

    private static final String SQL = """
            select p.department_id,
                   count(*) filter (where s.id is null and p.published_score is null),
                   count(*) filter (where s.status = 'DRAFT'),
                   count(*) filter (where s.status = 'RETURNED'),
                   count(*) filter (where s.id is null and p.published_score is not null),
                   count(*) filter (where %1$s and coalesce(p.published_score, s.entered_total) >= ?),
                   count(*) filter (where %1$s and coalesce(p.published_score, s.entered_total) >= ?
                                    and coalesce(p.published_score, s.entered_total) < ?),
                   count(*) filter (where %1$s and coalesce(p.published_score, s.entered_total) >= ?
                                    and coalesce(p.published_score, s.entered_total) < ?),
                   count(*) filter (where %1$s and coalesce(p.published_score, s.entered_total) < ?),
                   coalesce(sum(%2$s) filter (where %1$s and s.id is not null), 0)
            from project p
            left join score_sheet s on s.project_id = p.id
            left join funds_line f on f.sheet_id = s.id and f.kind = 'TOTAL'
            where p.department_id = any(?) and p.fiscal_year = ?
            group by p.department_id""".formatted(RESULT, FUNDS_FINDINGS);

    private final JdbcTemplate jdbc;

    ProvinceQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * @param grades reported score (the 汇总表's 自评得分) graded by the profile's cut-offs, best first
     */
    record Breakdown(Long departmentId, long none, long draft, long returned, long published,
                     Map<String, Long> grades, long fundsFindings) {
    }

    List<Breakdown> breakdown(int year, Collection<Long> departmentIds, RuleProfile profile) {
        List<String> names = profile.gradeNames();
        return jdbc.query(SQL, statement -> {
            int i = 1;
            statement.setBigDecimal(i++, profile.excellentMin());
            statement.setBigDecimal(i++, profile.goodMin());
            statement.setBigDecimal(i++, profile.excellentMin());
            statement.setBigDecimal(i++, profile.fairMin());
            statement.setBigDecimal(i++, profile.goodMin());
            statement.setBigDecimal(i++, profile.fairMin());
            statement.setBigDecimal(i++, profile.executionRateThreshold());
            Array ids = statement.getConnection().createArrayOf("bigint", departmentIds.toArray());
            statement.setArray(i++, ids);
            statement.setInt(i, year);
        }, (rs, row) -> {
            Map<String, Long> grades = new LinkedHashMap<>();
            for (int g = 0; g < names.size(); g++) {
                grades.put(names.get(g), rs.getLong(6 + g));
            }
            return new Breakdown(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5), grades,
                    rs.getLong(10));
        });
    }
}
