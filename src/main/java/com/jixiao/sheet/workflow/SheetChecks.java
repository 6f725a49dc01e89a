package com.jixiao.sheet.workflow;

import com.jixiao.scoring.Finding;
import com.jixiao.scoring.Severity;
import com.jixiao.sheet.IndicatorRow;
import com.jixiao.sheet.IndicatorRows;
import com.jixiao.sheet.ScoreCache;
import com.jixiao.sheet.SheetFigures;
import com.jixiao.sheet.SheetScoring;
import java.math.BigDecimal;
import java.sql.Array;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Scores many sheets at once for the 待办 list and bulk review: two statements whatever their number (figures, then
 * every indicator node), sheets scored before at the same version from the {@link ScoreCache}. A finding of severity
 * ERROR blocks approval without reading the sheet: the sheet is wrong by the rules.
 */
@Component
@RequiredArgsConstructor
class SheetChecks {

    private final JdbcTemplate jdbc;
    private final IndicatorRows indicatorRows;
    private final SheetScoring scoring;
    private final ScoreCache cache;

    /** What a list needs to know of a sheet's scores. */
    record Checked(Long sheetId, long version, BigDecimal total, String grade, int findingCount,
                   List<Finding> blocking) {

        boolean blocked() {
            return !blocking.isEmpty();
        }

        /** Why the sheet is not approved in bulk: its first errors, in the scorer's words. */
        String blockingReason() {
            return blocking.stream().limit(3).map(Finding::message).collect(Collectors.joining("；"))
                    + (blocking.size() > 3 ? "；等共 " + blocking.size() + " 处错误" : "");
        }
    }

    private record Figures(Long sheetId, long version, SheetFigures figures) {
    }

    /** @return the checks of the given sheets by id; sheets that do not exist are absent */
    Map<Long, Checked> of(Collection<Long> sheetIds) {
        Map<Long, Checked> checked = new HashMap<>();
        if (sheetIds.isEmpty()) {
            return checked;
        }
        List<Figures> all = jdbc.query("""
                select s.id, s.version, s.profile_code, p.fiscal_year, t.initial_budget, t.annual_budget, t.executed,
                       s.funds_weight, s.funds_entered_score, s.funds_printed_rate, s.funds_deviation_note,
                       s.entered_total, s.entered_total_weight, s.profile_version
                from score_sheet s join project p on p.id = s.project_id
                     left join funds_line t on t.sheet_id = s.id and t.kind = 'TOTAL'
                where s.id = any(?)""", statement -> {
            Array ids = statement.getConnection().createArrayOf("bigint", sheetIds.toArray());
            statement.setArray(1, ids);
        }, (rs, i) -> new Figures(rs.getLong(1), rs.getLong(2), new SheetFigures(rs.getString(3), rs.getInt(14), rs.getInt(4),
                rs.getBigDecimal(5), rs.getBigDecimal(6), rs.getBigDecimal(7), rs.getBigDecimal(8),
                rs.getBigDecimal(9), rs.getString(10), rs.getString(11), rs.getBigDecimal(12), rs.getBigDecimal(13))));
        List<Figures> missing = new ArrayList<>();
        Map<Long, SheetScoring.Scored> scored = new HashMap<>();
        for (Figures f : all) {
            SheetScoring.Scored hit = cache.get(f.sheetId(), f.version(), f.figures().profileCode(),
                    f.figures().fiscalYear());
            if (hit == null) {
                missing.add(f);
            } else {
                scored.put(f.sheetId(), hit);
            }
        }
        if (!missing.isEmpty()) {
            Map<Long, List<IndicatorRow>> nodes = indicatorRows.ofSheets(missing.stream().map(Figures::sheetId)
                    .toList()).stream().collect(Collectors.groupingBy(IndicatorRow::sheetId));
            for (Figures f : missing) {
                SheetScoring.Scored s = scoring.score(f.figures(), nodes.getOrDefault(f.sheetId(), List.of()));
                cache.put(f.sheetId(), f.version(), f.figures().profileCode(), f.figures().fiscalYear(), s);
                scored.put(f.sheetId(), s);
            }
        }
        for (Figures f : all) {
            var result = scored.get(f.sheetId()).result();
            List<Finding> blocking = result.findings().stream().filter(x -> x.severity() == Severity.ERROR).toList();
            checked.put(f.sheetId(), new Checked(f.sheetId(), f.version(), result.total(), result.grade(),
                    result.findings().size(), blocking));
        }
        return checked;
    }
}
