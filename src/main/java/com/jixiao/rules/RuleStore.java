package com.jixiao.rules;

import com.jixiao.scoring.ReverseFormula;
import com.jixiao.scoring.RuleProfile;
import com.jixiao.scoring.WeightTemplate;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The stored versions, read and appended by plain SQL (the tables only ever grow: UPDATE and DELETE are refused by
 * the database). Grade names are stored as one '/'-separated text, 二级指标 names one per line.
 */
@Repository
class RuleStore {

    static final String GRADE_SEPARATOR = "/";
    static final String LEVEL2_SEPARATOR = "\n";

    private static final String PROFILE_COLUMNS = """
            code, version, name, reverse_formula, achieved_cutoff, partial_cutoff, overshoot_threshold,
            overshoot_needs_note, execution_rate_threshold, qualitative_note_required, funds_scale, row_scale,
            excellent_min, good_min, fair_min, grade_names, source, created_at, created_by""";

    private static final RowMapper<StoredProfile> PROFILE = (rs, i) -> new StoredProfile(new RuleProfile(
            rs.getString("code"), rs.getInt("version"), rs.getString("name"),
            ReverseFormula.valueOf(rs.getString("reverse_formula")), rs.getBigDecimal("achieved_cutoff"),
            rs.getBigDecimal("partial_cutoff"), rs.getBigDecimal("overshoot_threshold"),
            rs.getBoolean("overshoot_needs_note"), rs.getBigDecimal("execution_rate_threshold"),
            rs.getBoolean("qualitative_note_required"), rs.getInt("funds_scale"), rs.getInt("row_scale"),
            rs.getBigDecimal("excellent_min"), rs.getBigDecimal("good_min"), rs.getBigDecimal("fair_min"),
            Arrays.asList(rs.getString("grade_names").split(GRADE_SEPARATOR, -1)), rs.getString("source")),
            rs.getObject("created_at", java.time.OffsetDateTime.class), rs.getString("created_by"));

    private final JdbcClient jdbc;

    RuleStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<StoredProfile> profile(String code, int version) {
        return jdbc.sql("select " + PROFILE_COLUMNS + " from rule_profile where code = ? and version = ?")
                .params(code, version).query(PROFILE).optional();
    }

    Optional<StoredProfile> newestProfile(String code) {
        return jdbc.sql("select " + PROFILE_COLUMNS + " from rule_profile where code = ? order by version desc limit 1")
                .param(code).query(PROFILE).optional();
    }

    /** The newest version of every profile, national first, then by code. */
    List<StoredProfile> newestProfiles() {
        return jdbc.sql("select distinct on (code) " + PROFILE_COLUMNS + " from rule_profile"
                        + " order by code, version desc")
                .query(PROFILE).list().stream()
                .sorted((a, b) -> order(a.profile().code()).compareTo(order(b.profile().code()))).toList();
    }

    private static String order(String code) {
        return ("national".equals(code) ? "0" : "1") + code;
    }

    List<StoredProfile> profileVersions(String code) {
        return jdbc.sql("select " + PROFILE_COLUMNS + " from rule_profile where code = ? order by version desc")
                .param(code).query(PROFILE).list();
    }

    /** Appends a version; the unique (code, version) refuses a second writer of the same number. */
    void insert(RuleProfile p, String createdBy) {
        jdbc.sql("insert into rule_profile (" + PROFILE_COLUMNS.replace(", created_at, created_by", "")
                        + ", created_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(p.code(), p.version(), p.name(), p.reverseFormula().name(), p.achievedCutoff(),
                        p.partialCutoff(), p.overshootThreshold(), p.overshootNeedsNote(),
                        p.executionRateThreshold(), p.qualitativeNoteRequired(), p.fundsScale(), p.rowScale(),
                        p.excellentMin(), p.goodMin(), p.fairMin(), String.join(GRADE_SEPARATOR, p.gradeNames()),
                        p.source(), createdBy)
                .update();
    }

    // ------------------------------------------------------------------ templates

    /** Versions of templates with their categories in one statement, newest version first within a code. */
    private List<StoredTemplate> templates(String where, Object... params) {
        Map<Long, TemplateRow> rows = new LinkedHashMap<>();
        jdbc.sql("""
                        select t.id, t.code, t.version, t.name, t.funds_weight, t.created_at, t.created_by,
                               c.name as category, c.weight, c.level2
                        from weight_template t join weight_template_category c on c.template_id = t.id
                        """ + where + " order by t.code, t.version desc, c.position")
                .params(params)
                .query((ResultSet rs) -> {
                    TemplateRow row = rows.computeIfAbsent(rs.getLong("id"), id -> TemplateRow.of(rs));
                    row.categories.add(new WeightTemplate.Category(rs.getString("category"), rs.getBigDecimal("weight"),
                            Arrays.stream(rs.getString("level2").split(LEVEL2_SEPARATOR)).filter(s -> !s.isBlank())
                                    .toList()));
                });
        return rows.values().stream().map(TemplateRow::stored).toList();
    }

    List<StoredTemplate> newestTemplates() {
        return templates("where t.version = (select max(version) from weight_template n where n.code = t.code)")
                .stream().sorted((a, b) -> ("default".equals(a.template().code()) ? "0" : "1")
                        .concat(a.template().code())
                        .compareTo(("default".equals(b.template().code()) ? "0" : "1").concat(b.template().code())))
                .toList();
    }

    List<StoredTemplate> templateVersions(String code) {
        return templates("where t.code = ?", code);
    }

    void insert(WeightTemplate t, int version, String createdBy) {
        Long id = jdbc.sql("insert into weight_template (code, version, name, funds_weight, created_by)"
                        + " values (?, ?, ?, ?, ?) returning id")
                .params(t.code(), version, t.name(), t.fundsWeight(), createdBy).query(Long.class).single();
        int position = 1;
        for (WeightTemplate.Category c : t.categories()) {
            jdbc.sql("insert into weight_template_category (template_id, position, name, weight, level2)"
                            + " values (?, ?, ?, ?, ?)")
                    .params(id, position++, c.name(), c.weight(), String.join(LEVEL2_SEPARATOR, c.level2()))
                    .update();
        }
    }

    // ------------------------------------------------------------------ defaults

    List<ProfileDefault> defaults() {
        return jdbc.sql("""
                        select r.id, r.department_id, d.name, r.fiscal_year, r.profile_code,
                               (select p.name from rule_profile p where p.code = r.profile_code
                                order by p.version desc limit 1)
                        from rule_profile_default r left join department d on d.id = r.department_id
                        order by d.name nulls first, r.fiscal_year nulls first""")
                .query((rs, i) -> new ProfileDefault(rs.getLong(1), (Long) rs.getObject(2), rs.getString(3),
                        (Integer) rs.getObject(4), rs.getString(5), rs.getString(6)))
                .list();
    }

    /** The most specific default: department and year, then department, then year; empty when none is set. */
    Optional<String> defaultCode(Long departmentId, int year) {
        return jdbc.sql("""
                        select profile_code from rule_profile_default
                        where (department_id = ? or department_id is null) and (fiscal_year = ? or fiscal_year is null)
                        order by department_id nulls last, fiscal_year nulls last limit 1""")
                .params(departmentId, year).query(String.class).optional();
    }

    /** Sets (or replaces) the default of one department/year combination. */
    void putDefault(Long departmentId, Integer year, String code) {
        jdbc.sql("""
                        insert into rule_profile_default (department_id, fiscal_year, profile_code) values (?, ?, ?)
                        on conflict (department_id, fiscal_year) do update set profile_code = excluded.profile_code""")
                .params(departmentId, year, code).update();
    }

    Optional<ProfileDefault> deleteDefault(Long id) {
        Optional<ProfileDefault> existing = defaults().stream().filter(d -> d.id().equals(id)).findFirst();
        existing.ifPresent(d -> jdbc.sql("delete from rule_profile_default where id = ?").param(id).update());
        return existing;
    }

    private static final class TemplateRow {
        final String code;
        final int version;
        final String name;
        final java.math.BigDecimal fundsWeight;
        final java.time.OffsetDateTime createdAt;
        final String createdBy;
        final List<WeightTemplate.Category> categories = new java.util.ArrayList<>();

        private TemplateRow(ResultSet rs) throws SQLException {
            code = rs.getString("code");
            version = rs.getInt("version");
            name = rs.getString("name");
            fundsWeight = rs.getBigDecimal("funds_weight");
            createdAt = rs.getObject("created_at", java.time.OffsetDateTime.class);
            createdBy = rs.getString("created_by");
        }

        static TemplateRow of(ResultSet rs) {
            try {
                return new TemplateRow(rs);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }

        StoredTemplate stored() {
            return new StoredTemplate(new WeightTemplate(code, name, fundsWeight, categories), version,
                    createdAt, createdBy);
        }
    }
}
