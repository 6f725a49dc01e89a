package com.jixiao.bench;

import com.jixiao.security.ScopeGuard;
import java.math.BigDecimal;
import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The benchmark's yardstick, in the spirit of TechEmpower's "Fortunes": the same rows as the
 * 汇总表 read with plain JDBC and rendered by a minimal template — no JPA, no scoring, no checks.
 * The practical limit of this stack on this machine; the real page is measured against it.
 * Exists only with {@code jixiao.bench.enabled=true}.
 */
@Controller
@ConditionalOnProperty("jixiao.bench.enabled")
class BaselineController {

    private final JdbcTemplate jdbc;
    private final ScopeGuard guard;

    BaselineController(JdbcTemplate jdbc, ScopeGuard guard) {
        this.jdbc = jdbc;
        this.guard = guard;
    }

    record Row(int seq, String office, String name, BigDecimal budget, BigDecimal executed, BigDecimal score,
               String contact) {
    }

    @GetMapping("/bench/baseline/departments/{departmentId}/years/{year}")
    String baseline(@PathVariable long departmentId, @PathVariable int year, Model model) {
        // The one check the real page makes too: without it any signed-in user read any department's rows.
        guard.checkCanView(departmentId);
        List<Row> rows = jdbc.query("""
                select p.seq, o.name as office, p.name, f.annual_budget, f.executed, s.entered_total, p.contact
                from project p
                left join office o on o.id = p.implementing_office_id
                left join score_sheet s on s.project_id = p.id
                left join funds_line f on f.sheet_id = s.id and f.kind = 'TOTAL'
                where p.department_id = ? and p.fiscal_year = ?
                order by p.seq""",
                (rs, i) -> new Row(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getBigDecimal(4),
                        rs.getBigDecimal(5), rs.getBigDecimal(6), rs.getString(7)),
                departmentId, year);
        model.addAttribute("rows", rows);
        return "bench/baseline";
    }
}
