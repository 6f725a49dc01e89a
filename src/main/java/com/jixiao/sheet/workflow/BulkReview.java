package com.jixiao.sheet.workflow;

import com.jixiao.common.web.NotFoundException;
import com.jixiao.sheet.SheetStateException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;

/**
 * 批量审核: the department's submitted sheets with their computed grade and findings, and approval of several at once.
 * Each approval goes through {@link SheetWorkflow#approveUnlessBlocked} in its own transaction — the same transition,
 * version check and audit entry as a single approval — so one refused sheet does not undo the others.
 */
@Service
@RequiredArgsConstructor
class BulkReview {

    private final JdbcTemplate jdbc;
    private final SheetChecks checks;
    private final SheetWorkflow workflow;

    /** A submitted sheet as the list shows it. */
    record Line(Long sheetId, long version, String projectName, int fiscalYear, Long officeId, String officeName,
                BigDecimal total, String grade, int findings, String blockedReason) {

        public boolean blocked() {
            return blockedReason != null;
        }
    }

    record Filter(Integer year, String grade, String findings, Long officeId) {

        boolean accepts(Line line) {
            return (year == null || year == line.fiscalYear())
                    && (grade == null || grade.isBlank() || grade.equals(line.grade()))
                    && (!"with".equals(findings) || line.findings() > 0)
                    && (!"without".equals(findings) || line.findings() == 0)
                    && (officeId == null || officeId.equals(line.officeId()));
        }
    }

    record Office(Long id, String name) {
    }

    /** What a bulk approval did: sheets approved, and each refused one with its reason. */
    record Outcome(List<String> approved, List<String> skipped) {
    }

    List<Line> submitted(Long departmentId, Filter filter) {
        record Row(Long sheetId, long version, String projectName, int fiscalYear, Long officeId, String officeName) {
        }
        List<Row> rows = jdbc.query("""
                select s.id, s.version, p.name, p.fiscal_year, o.id, o.name
                from score_sheet s join project p on p.id = s.project_id
                     left join office o on o.id = p.implementing_office_id
                where p.department_id = ? and s.status = 'SUBMITTED'
                order by p.fiscal_year desc, p.seq, p.id""", (rs, i) -> new Row(rs.getLong(1), rs.getLong(2),
                rs.getString(3), rs.getInt(4), (Long) rs.getObject(5), rs.getString(6)), departmentId);
        Map<Long, SheetChecks.Checked> checked = checks.of(rows.stream().map(Row::sheetId).toList());
        List<Line> lines = new ArrayList<>();
        for (Row r : rows) {
            SheetChecks.Checked c = checked.get(r.sheetId());
            Line line = new Line(r.sheetId(), r.version(), r.projectName(), r.fiscalYear(), r.officeId(),
                    r.officeName(), c.total(), c.grade(), c.findingCount(), c.blocked() ? c.blockingReason() : null);
            if (filter.accepts(line)) {
                lines.add(line);
            }
        }
        return lines;
    }

    List<Office> offices(Long departmentId) {
        return jdbc.query("select id, name from office where department_id = ? order by id",
                (rs, i) -> new Office(rs.getLong(1), rs.getString(2)), departmentId);
    }

    /**
     * @param choices sheet id → the version the head saw; names by sheet id for the messages
     */
    Outcome approve(Map<Long, Long> choices, Map<Long, String> names) {
        List<String> approved = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        choices.forEach((sheetId, version) -> {
            String name = names.getOrDefault(sheetId, "编号 " + sheetId + " 的自评表");
            try {
                workflow.approveUnlessBlocked(sheetId, version);
                approved.add(name);
            } catch (SheetStateException | NotFoundException e) {
                skipped.add(name + "：" + e.getMessage());
            } catch (ObjectOptimisticLockingFailureException e) {
                skipped.add(name + "：该自评表刚被他人修改，请查看最新内容后再操作。");
            }
        });
        return new Outcome(approved, skipped);
    }
}
