package com.jixiao.report;

import com.jixiao.sheet.SheetStatus;
import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Limit;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;

/**
 * The 汇总表 rows with plain JDBC: mapping 500 rows of 26 columns through Hibernate's query
 * machinery was about a quarter of the profile samples of a 500-project 汇总表 once its rows'
 * rendering was cached (issue 7). Joins the sheet's 年度资金总额 line; runs in the caller's transaction, so an export that
 * reads chunk after chunk still sees one snapshot.
 */
class SummaryRowQueriesImpl implements SummaryRowQueries {

    private static final String FROM = """
            from project p
            join department d on d.id = p.department_id
            left join score_sheet s on s.project_id = p.id
            """;

    /**
     * A project whose figures are a result (issue 11): its sheet is submitted or approved, or it has no
     * sheet but a 汇总表 row of a filed report (the seed's 安保执勤接待工作专项 was printed in the
     * 汇总表 without its 附1). A draft or returned sheet is work in progress, whatever a filed report
     * printed for the project. Never null, so that "not RESULT" holds for exactly the other projects.
     */
    static final String RESULT = """
            coalesce(s.status in ('SUBMITTED', 'APPROVED') or (s.id is null and p.published_score is not null), false)""";

    private static final String SELECT = """
            select p.id, d.id, d.name, p.fiscal_year, p.seq, p.code, p.using_office_name, p.summary_name, p.name,
                   p.published_funds, p.published_score, p.published_grade, p.contact,
                   s.id, s.version, s.status, s.profile_code, f.initial_budget, f.annual_budget, f.executed,
                   s.funds_weight, s.funds_entered_score, s.funds_printed_rate, s.funds_deviation_note,
                   s.entered_total, s.entered_total_weight, s.profile_version
            """ + FROM + """
            left join funds_line f on f.sheet_id = s.id and f.kind = 'TOTAL'
            where\s""" + RESULT + " and ";

    private static final String SELECT_UNSUBMITTED = """
            select p.id, d.id, d.name, p.seq, p.code, p.using_office_name, coalesce(p.summary_name, p.name), s.id,
                   s.status
            """ + FROM + "where not " + RESULT + " and ";

    private static final RowMapper<SummaryRow> ROW = (rs, i) -> new SummaryRow(rs.getLong(1), rs.getLong(2),
            rs.getString(3), rs.getInt(4), rs.getInt(5), rs.getString(6), rs.getString(7), rs.getString(8),
            rs.getString(9), rs.getBigDecimal(10), rs.getBigDecimal(11), rs.getString(12), rs.getString(13),
            (Long) rs.getObject(14), (Long) rs.getObject(15),
            rs.getString(16) == null ? null : SheetStatus.valueOf(rs.getString(16)), rs.getString(17),
            rs.getBigDecimal(18), rs.getBigDecimal(19), rs.getBigDecimal(20), rs.getBigDecimal(21),
            rs.getBigDecimal(22), rs.getString(23), rs.getString(24), rs.getBigDecimal(25), rs.getBigDecimal(26),
            (Integer) rs.getObject(27), null, List.of());

    private static final RowMapper<UnsubmittedProject> UNSUBMITTED = (rs, i) -> new UnsubmittedProject(rs.getLong(1),
            rs.getLong(2), rs.getString(3), rs.getInt(4), rs.getString(5), rs.getString(6), rs.getString(7),
            (Long) rs.getObject(8), rs.getString(9) == null ? null : SheetStatus.valueOf(rs.getString(9)));

    private static final String ONE_DEPARTMENT = "p.department_id = ? and p.fiscal_year = ? order by p.seq";
    private static final String DEPARTMENTS = "p.department_id = any(?) and p.fiscal_year = ? order by d.name, d.id, p.seq";
    private static final String AFTER = """
            p.department_id = any(?) and p.fiscal_year = ?
              and (p.department_id, p.fiscal_year, p.seq) > (?, ?, ?)
            order by p.department_id, p.seq
            limit ?""";

    private final JdbcTemplate jdbc;

    SummaryRowQueriesImpl(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<SummaryRow> findRows(Long departmentId, int year) {
        return jdbc.query(SELECT + ONE_DEPARTMENT, ROW, departmentId, year);
    }

    @Override
    public List<UnsubmittedProject> findUnsubmitted(Long departmentId, int year) {
        return jdbc.query(SELECT_UNSUBMITTED + ONE_DEPARTMENT, UNSUBMITTED, departmentId, year);
    }

    @Override
    public List<SummaryRow> findRowsOfYear(int year, Collection<Long> departmentIds) {
        return ofYear(SELECT, ROW, year, departmentIds);
    }

    @Override
    public List<UnsubmittedProject> findUnsubmittedOfYear(int year, Collection<Long> departmentIds) {
        return ofYear(SELECT_UNSUBMITTED, UNSUBMITTED, year, departmentIds);
    }

    private <T> List<T> ofYear(String select, RowMapper<T> mapper, int year, Collection<Long> departmentIds) {
        return jdbc.query(select + DEPARTMENTS, statement -> {
            statement.setArray(1, ids(statement, departmentIds));
            statement.setInt(2, year);
        }, mapper);
    }

    @Override
    public List<SummaryRow> findRowsAfter(int year, Collection<Long> departmentIds, long afterDepartmentId,
                                          int afterSeq, Limit limit) {
        return after(SELECT, ROW, year, departmentIds, afterDepartmentId, afterSeq, limit);
    }

    @Override
    public List<UnsubmittedProject> findUnsubmittedAfter(int year, Collection<Long> departmentIds,
                                                         long afterDepartmentId, int afterSeq, Limit limit) {
        return after(SELECT_UNSUBMITTED, UNSUBMITTED, year, departmentIds, afterDepartmentId, afterSeq, limit);
    }

    private <T> List<T> after(String select, RowMapper<T> mapper, int year, Collection<Long> departmentIds,
                              long afterDepartmentId, int afterSeq, Limit limit) {
        return jdbc.query(select + AFTER, statement -> {
            statement.setArray(1, ids(statement, departmentIds));
            statement.setInt(2, year);
            statement.setLong(3, afterDepartmentId);
            statement.setInt(4, year);
            statement.setInt(5, afterSeq);
            statement.setInt(6, limit.max());
        }, mapper);
    }

    @Override
    public List<DepartmentYearTotals> findDepartmentTotals(int year, Collection<Long> departmentIds) {
        // The same columns as SummaryRow.funds() (printed, else executed) and reportedScore(), summed over the
        // results only (RESULT); the projects without a result are counted apart.
        return jdbc.query("""
                select d.id, d.name, count(p.id), count(*) filter (where r.result),
                       count(*) filter (where s.status = 'SUBMITTED'), count(*) filter (where s.status = 'APPROVED'),
                       coalesce(sum(coalesce(p.published_funds, f.executed)) filter (where r.result), 0),
                       coalesce(sum(f.annual_budget) filter (where r.result), 0),
                       coalesce(sum(f.executed) filter (where r.result), 0),
                       coalesce(sum(coalesce(p.published_score, s.entered_total)) filter (where r.result), 0),
                       count(coalesce(p.published_score, s.entered_total)) filter (where r.result)
                """ + FROM + "cross join lateral (select " + RESULT + " as result) r\n" + """
                left join funds_line f on f.sheet_id = s.id and f.kind = 'TOTAL'
                where p.department_id = any(?) and p.fiscal_year = ?
                group by d.id, d.name
                order by d.name, d.id""", statement -> {
            statement.setArray(1, ids(statement, departmentIds));
            statement.setInt(2, year);
        }, (rs, i) -> new DepartmentYearTotals(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getLong(4),
                rs.getLong(5), rs.getLong(6), rs.getBigDecimal(7), rs.getBigDecimal(8), rs.getBigDecimal(9),
                rs.getBigDecimal(10), rs.getLong(11)));
    }

    private static Array ids(PreparedStatement statement, Collection<Long> ids) throws SQLException {
        return statement.getConnection().createArrayOf("bigint", ids.toArray());
    }
}
