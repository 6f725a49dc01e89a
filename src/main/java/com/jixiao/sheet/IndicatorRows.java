package com.jixiao.sheet;

import java.sql.Array;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

/**
 * Indicator nodes of many sheets at once, read with plain JDBC: a 500-project 汇总表 scores 13,500
 * nodes, and mapping them through JPA cost a third of the page (measured with JFR, see README
 * "Performance"). Runs in the caller's transaction, so an export still reads one snapshot.
 */
@Repository
public class IndicatorRows {

    private static final String SELECT = """
            select sheet_id, id, parent_id, level, position, name, target_text, actual_text, weight,
                   entered_score, qualitative_answer, score_override_reason, deviation_note
            from indicator
            """;

    private static final RowMapper<IndicatorRow> ROW = (rs, i) -> new IndicatorRow(rs.getLong(1), rs.getLong(2),
            (Long) rs.getObject(3), rs.getInt(4), rs.getInt(5), new IndicatorEntry(rs.getString(6), rs.getString(7),
            rs.getString(8), rs.getBigDecimal(9), rs.getBigDecimal(10), rs.getString(11), rs.getString(12),
            rs.getString(13)));

    private final JdbcTemplate jdbc;

    IndicatorRows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** @param sheetIds must not be empty */
    public List<IndicatorRow> ofSheets(Collection<Long> sheetIds) {
        return jdbc.query(SELECT + "where sheet_id = any(?) order by sheet_id, level, position", statement -> {
            Array ids = statement.getConnection().createArrayOf("bigint", sheetIds.toArray());
            statement.setArray(1, ids);
        }, ROW);
    }
}
