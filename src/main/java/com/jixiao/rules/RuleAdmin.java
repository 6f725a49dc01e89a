package com.jixiao.rules;

import com.jixiao.audit.AuditAction;
import com.jixiao.audit.AuditTrail;
import com.jixiao.common.input.NumberBounds;
import com.jixiao.common.input.TextBounds;
import com.jixiao.common.web.NotFoundException;
import com.jixiao.department.Department;
import com.jixiao.department.DepartmentRepository;
import com.jixiao.scoring.ReverseFormula;
import com.jixiao.scoring.RuleProfile;
import com.jixiao.scoring.WeightTemplate;
import com.jixiao.security.ScopeGuard;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * Edits of rule profiles, weight templates and defaults (administrators only, checked here for the pages and the
 * API alike). An edit never changes a stored version: it adds version n+1, and sheets keep the version they name.
 * Every change is in the audit trail with its settings before → after.
 */
@Service
@RequiredArgsConstructor
@Transactional(readOnly = true)
public class RuleAdmin {

    private static final int NAME_MAX = 100;
    private static final int SOURCE_MAX = 2000;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal OVERSHOOT_MAX = BigDecimal.valueOf(1000);

    private final RuleStore store;
    private final RuleCatalog catalog;
    private final AuditTrail audit;
    private final ScopeGuard guard;
    private final DepartmentRepository departments;

    /** The newest version, for the edit page. */
    public RuleProfile newestProfile(String code) {
        return catalog.newest(code).orElseThrow(() -> new UnknownProfileException(code));
    }

    /**
     * Saves the form as the next version of the profile.
     *
     * @return the new version, or null when {@code errors} got field errors (nothing saved)
     * @throws ConcurrentEditException when someone saved a newer version since {@code form.baseVersion}
     */
    @Transactional
    public RuleProfile editProfile(String code, ProfileForm form, Errors errors) {
        guard.checkIsAdministrator();
        RuleProfile current = newestProfile(code);
        RuleProfile next = readProfile(code, current.version() + 1, form, errors);
        if (next == null) {
            return null;
        }
        if (form.getBaseVersion() == null || form.getBaseVersion() != current.version()) {
            throw new ConcurrentEditException(current.version());
        }
        try {
            store.insert(next, guard.currentUser().map(u -> u.getUsername()).orElse("?"));
        } catch (DuplicateKeyException e) {
            throw new ConcurrentEditException(current.version() + 1);
        }
        audit.record(AuditAction.RULE_PROFILE_SAVE.name(), "RuleProfile", code, snapshot(current), snapshot(next));
        return next;
    }

    /** Reads and checks the form; null with field errors when anything is wrong. */
    private static RuleProfile readProfile(String code, int version, ProfileForm form, Errors errors) {
        String name = text(form.getName(), "name", "名称", NAME_MAX, errors);
        ReverseFormula formula = null;
        try {
            formula = ReverseFormula.valueOf(String.valueOf(form.getReverseFormula()));
        } catch (IllegalArgumentException e) {
            errors.rejectValue("reverseFormula", "formula", "请选择反向指标的计分方法");
        }
        BigDecimal achieved = share(form.getAchievedPercent(), "achievedPercent", "达成档下限", errors);
        BigDecimal partial = share(form.getPartialPercent(), "partialPercent", "部分达成档下限", errors);
        if (achieved != null && partial != null && partial.compareTo(achieved) > 0) {
            errors.rejectValue("partialPercent", "order", "部分达成档下限不能高于达成档下限（" + form.getAchievedPercent() + "%）");
        }
        BigDecimal overshoot = overshoot(form.getOvershootPercent(), errors);
        BigDecimal execution = share(form.getExecutionPercent(), "executionPercent", "执行率阈值", errors);
        Integer fundsScale = scale(form.getFundsScale(), "fundsScale", errors);
        Integer rowScale = scale(form.getRowScale(), "rowScale", errors);
        BigDecimal excellent = score(form.getExcellentMin(), "excellentMin", errors);
        BigDecimal good = score(form.getGoodMin(), "goodMin", errors);
        BigDecimal fair = score(form.getFairMin(), "fairMin", errors);
        if (excellent != null && good != null && good.compareTo(excellent) > 0) {
            errors.rejectValue("goodMin", "order", "良的下限不能高于优的下限");
        }
        if (good != null && fair != null && fair.compareTo(good) > 0) {
            errors.rejectValue("fairMin", "order", "中的下限不能高于良的下限");
        }
        List<String> grades = gradeNames(form.getGradeNames(), errors);
        String source = text(form.getSource(), "source", "依据说明", SOURCE_MAX, errors);
        if (errors.hasErrors()) {
            return null;
        }
        return new RuleProfile(code, version, name, formula, achieved, partial, overshoot, form.isOvershootNeedsNote(),
                execution, form.isQualitativeNoteRequired(), fundsScale, rowScale, excellent, good, fair, grades,
                source);
    }

    private static String text(String value, String field, String label, int max, Errors errors) {
        if (value == null || value.isBlank()) {
            errors.rejectValue(field, "required", "请填写" + label);
            return null;
        }
        if (TextBounds.length(value.strip()) > max) {
            errors.rejectValue(field, "tooLong", label + "最多 " + max + " 个字");
            return null;
        }
        return value.strip();
    }

    /** A percentage 0–100 with at most 2 decimals, as a share (80 → 0.8). */
    private static BigDecimal share(String text, String field, String label, Errors errors) {
        BigDecimal v = number(NumberBounds.SCORE, text, field, label + "（%）", errors);
        return v == null ? null : v.movePointLeft(2).stripTrailingZeros();
    }

    private static BigDecimal overshoot(String text, Errors errors) {
        BigDecimal v = number(NumberBounds.MONEY, text, "overshootPercent", "超额阈值（%）", errors);
        if (v == null) {
            return null;
        }
        if (v.compareTo(HUNDRED) <= 0 || v.compareTo(OVERSHOOT_MAX) > 0 || v.stripTrailingZeros().scale() > 2) {
            errors.rejectValue("overshootPercent", "range", "超额阈值须大于 100% 且不超过 1000%，最多 2 位小数（如 130）");
            return null;
        }
        return v.movePointLeft(2).stripTrailingZeros();
    }

    private static BigDecimal score(String text, String field, Errors errors) {
        return number(NumberBounds.SCORE, text, field, "等级下限", errors);
    }

    private static BigDecimal number(NumberBounds bounds, String text, String field, String label, Errors errors) {
        if (text == null || text.isBlank()) {
            errors.rejectValue(field, "required", "请填写" + label);
            return null;
        }
        NumberBounds.Checked checked = bounds.check(text, label);
        if (checked.rejected()) {
            errors.rejectValue(field, checked.code(), checked.message());
            return null;
        }
        return checked.value();
    }

    private static Integer scale(String text, String field, Errors errors) {
        String t = text == null ? "" : text.strip();
        if (!t.matches("[0-2]")) {
            errors.rejectValue(field, "scale", "保留小数位数须为 0、1 或 2");
            return null;
        }
        return Integer.valueOf(t);
    }

    private static List<String> gradeNames(String text, Errors errors) {
        List<String> names = text == null ? List.of()
                : Arrays.stream(text.split("[/／、,，]")).map(String::strip).toList();
        if (names.size() != 4 || names.stream().anyMatch(n -> n.isEmpty() || n.length() > 10)
                || new HashSet<>(names).size() != 4) {
            errors.rejectValue("gradeNames", "grades", "请填写 4 个互不相同的等级名称，从高到低，用“/”分隔，如 优/良/中/差");
            return null;
        }
        return names;
    }

    static Map<String, Object> snapshot(RuleProfile p) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("name", p.name());
        s.put("版本", p.version());
        s.put("反向指标计分", RuleTexts.formulaText(p.reverseFormula()));
        s.put("达成档下限", ProfileForm.percent(p.achievedCutoff()) + "%");
        s.put("部分达成档下限", ProfileForm.percent(p.partialCutoff()) + "%");
        s.put("超额阈值", ProfileForm.percent(p.overshootThreshold()) + "%");
        s.put("超额须说明", p.overshootNeedsNote());
        s.put("执行率阈值", ProfileForm.percent(p.executionRateThreshold()) + "%");
        s.put("定性指标均须说明", p.qualitativeNoteRequired());
        s.put("资金得分小数位", p.fundsScale());
        s.put("指标得分小数位", p.rowScale());
        s.put("等级下限", p.excellentMin().toPlainString() + "/" + p.goodMin().toPlainString() + "/"
                + p.fairMin().toPlainString());
        s.put("等级名称", String.join("/", p.gradeNames()));
        s.put("依据说明", p.source());
        return s;
    }

    // ------------------------------------------------------------------ templates

    public StoredTemplate newestTemplate(String code) {
        return catalog.templates().stream().filter(t -> t.template().code().equals(code)).findFirst()
                .orElseThrow(() -> new NotFoundException("没有评价模板“" + code + "”。"));
    }

    /**
     * Saves the form as the next version of the template.
     *
     * @return the new version number, or null with field errors
     */
    @Transactional
    public Integer editTemplate(String code, TemplateForm form, Errors errors) {
        guard.checkIsAdministrator();
        StoredTemplate current = newestTemplate(code);
        String name = text(form.getName(), "name", "名称", NAME_MAX, errors);
        BigDecimal funds = number(NumberBounds.SCORE, form.getFundsWeight(), "fundsWeight", "预算执行率分值", errors);
        List<WeightTemplate.Category> categories = new ArrayList<>();
        Set<String> names = new HashSet<>();
        BigDecimal total = funds == null ? BigDecimal.ZERO : funds;
        List<TemplateForm.Category> slots = form.getCategories() == null ? List.of() : form.getCategories();
        for (int i = 0; i < slots.size() && i < TemplateForm.SLOTS; i++) {
            TemplateForm.Category slot = slots.get(i);
            String at = "categories[" + i + "].";
            boolean empty = blank(slot.getName()) && blank(slot.getWeight()) && blank(slot.getLevel2());
            if (empty) {
                continue;
            }
            String categoryName = text(slot.getName(), at + "name", "一级指标名称", NAME_MAX, errors);
            if (categoryName != null && !names.add(categoryName)) {
                errors.rejectValue(at + "name", "duplicate", "一级指标“" + categoryName + "”重复");
            }
            BigDecimal weight = number(NumberBounds.SCORE, slot.getWeight(), at + "weight", "分值", errors);
            List<String> level2 = slot.getLevel2() == null ? List.of()
                    : Arrays.stream(slot.getLevel2().split("[\\n、]")).map(String::strip).filter(s -> !s.isEmpty())
                    .toList();
            if (level2.isEmpty()) {
                errors.rejectValue(at + "level2", "required", "请填写至少一个二级指标（每行一个）");
            } else if (level2.stream().anyMatch(s -> TextBounds.length(s) > NAME_MAX)) {
                errors.rejectValue(at + "level2", "tooLong", "二级指标名称最多 " + NAME_MAX + " 个字");
            }
            if (weight != null) {
                total = total.add(weight);
            }
            if (categoryName != null && weight != null && !level2.isEmpty()) {
                categories.add(new WeightTemplate.Category(categoryName, weight, level2));
            }
        }
        if (names.isEmpty() && !errors.hasFieldErrors("categories[0].name")) {
            errors.rejectValue("categories[0].name", "required", "请至少填写一个一级指标");
        }
        if (!errors.hasErrors() && total.compareTo(HUNDRED) != 0) {
            errors.rejectValue("fundsWeight", "sum", "预算执行率与各一级指标分值合计为 " + total.stripTrailingZeros()
                    .toPlainString() + "，应为 100");
        }
        if (errors.hasErrors()) {
            return null;
        }
        if (form.getBaseVersion() == null || form.getBaseVersion() != current.version()) {
            throw new ConcurrentEditException(current.version());
        }
        WeightTemplate next = new WeightTemplate(code, name, funds, categories);
        try {
            store.insert(next, current.version() + 1, guard.currentUser().map(u -> u.getUsername()).orElse("?"));
        } catch (DuplicateKeyException e) {
            throw new ConcurrentEditException(current.version() + 1);
        }
        audit.record(AuditAction.WEIGHT_TEMPLATE_SAVE.name(), "WeightTemplate", code,
                snapshot(current.template(), current.version()), snapshot(next, current.version() + 1));
        return current.version() + 1;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static Map<String, Object> snapshot(WeightTemplate t, int version) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("name", t.name());
        s.put("版本", version);
        s.put("预算执行率分值", t.fundsWeight().stripTrailingZeros().toPlainString());
        for (WeightTemplate.Category c : t.categories()) {
            s.put(c.name(), c.weight().stripTrailingZeros().toPlainString() + "（" + String.join("、", c.level2()) + "）");
        }
        return s;
    }

    // ------------------------------------------------------------------ defaults

    public List<Department> departments() {
        return departments.findAll().stream().sorted((a, b) -> a.getName().compareTo(b.getName())).toList();
    }

    /** Sets the default profile of a department and/or year; false with field errors. */
    @Transactional
    public boolean setDefault(DefaultForm form, Errors errors) {
        guard.checkIsAdministrator();
        Department department = null;
        if (form.getDepartmentId() != null) {
            department = departments.findById(form.getDepartmentId()).orElse(null);
            if (department == null) {
                errors.rejectValue("departmentId", "unknown", "请选择有效的预算部门");
            }
        }
        Integer year = null;
        String y = form.getFiscalYear() == null ? "" : form.getFiscalYear().strip();
        if (!y.isEmpty()) {
            if (!y.matches("\\d{4}") || Integer.parseInt(y) < 2000 || Integer.parseInt(y) > 2100) {
                errors.rejectValue("fiscalYear", "year", "年度须为 2000–2100 之间的四位数字，或留空表示所有年度");
            } else {
                year = Integer.valueOf(y);
            }
        }
        if (catalog.newest(form.getProfileCode()).isEmpty()) {
            errors.rejectValue("profileCode", "unknown", "请选择评分规则");
        }
        if (errors.hasErrors()) {
            return false;
        }
        store.putDefault(form.getDepartmentId(), year, form.getProfileCode());
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("预算部门", department == null ? "所有部门" : department.getName());
        after.put("年度", year == null ? "所有年度" : year);
        after.put("name", catalog.newest(form.getProfileCode()).orElseThrow().name());
        audit.record(AuditAction.RULE_DEFAULT_SET.name(), "RuleProfileDefault", form.getProfileCode(), null, after);
        return true;
    }

    @Transactional
    public void deleteDefault(Long id) {
        guard.checkIsAdministrator();
        ProfileDefault gone = store.deleteDefault(id)
                .orElseThrow(() -> new NotFoundException("没有这条默认规则设置。"));
        Map<String, Object> before = new LinkedHashMap<>();
        before.put("预算部门", gone.departmentName() == null ? "所有部门" : gone.departmentName());
        before.put("年度", gone.fiscalYear() == null ? "所有年度" : gone.fiscalYear());
        before.put("name", gone.profileName());
        audit.record(AuditAction.RULE_DEFAULT_DELETE.name(), "RuleProfileDefault", gone.profileCode(), before, null);
    }
}
