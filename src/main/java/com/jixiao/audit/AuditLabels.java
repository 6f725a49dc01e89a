package com.jixiao.audit;

import java.util.Map;
import java.util.Set;

/**
 * The Chinese names of what the trail stores in English: record types and the fields of the before/after JSON, and
 * the few coded values in it. Status, funds-row and role codes are repeated here (with their labels in {@code sheet} and
 * {@code security}) because the audit module sits below both and must not read their enums; AuditLabelsTest checks
 * that the copies agree.
 */
final class AuditLabels {

    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("ScoreSheet", "自评表"),
            Map.entry("Project", "项目"),
            Map.entry("Department", "预算部门"),
            Map.entry("Office", "科室"),
            Map.entry("AppUser", "用户"),
            Map.entry("ScoreTable", "年度得分表"),
            Map.entry("NarrativeReport", "自评报告"),
            Map.entry("SubmissionDeadline", "提交截止日期"),
            Map.entry("RuleProfile", "评分规则"),
            Map.entry("WeightTemplate", "评价模板"),
            Map.entry("RuleProfileDefault", "默认评分规则"));

    private static final Map<String, String> FIELDS = Map.ofEntries(
            Map.entry("name", "名称"),
            Map.entry("code", "项目编码"),
            Map.entry("fiscalYear", "年度"),
            Map.entry("year", "年度"),
            Map.entry("department", "预算部门"),
            Map.entry("departmentId", "所属部门编号"),
            Map.entry("supervisingOffice", "主管部门（科室）"),
            Map.entry("implementingOffice", "实施单位（科室）"),
            Map.entry("contact", "联系人及电话"),
            Map.entry("shortName", "简称"),
            Map.entry("status", "状态"),
            Map.entry("comment", "意见"),
            Map.entry("reason", "原因"),
            Map.entry("failedAttempts", "连续失败次数"),
            Map.entry("lockedUntil", "锁定至"),
            Map.entry("username", "用户名"),
            Map.entry("address", "来源地址"),
            Map.entry("minutes", "锁定时长（分钟）"),
            Map.entry("displayName", "姓名"),
            Map.entry("role", "角色"),
            Map.entry("allDepartments", "全部部门"),
            Map.entry("auditDepartmentIds", "审计范围（部门编号）"),
            Map.entry("auditDepartments", "审计范围"),
            Map.entry("enabled", "启用"),
            Map.entry("passwordChanged", "密码已修改"),
            Map.entry("format", "格式"),
            Map.entry("scope", "范围"),
            Map.entry("project", "项目编号"),
            Map.entry("from", "建立方式"),
            Map.entry("expectedGoal", "预期目标"),
            Map.entry("actualResult", "实际完成情况"),
            Map.entry("fundsWeight", "预算执行率分值"),
            Map.entry("fundsScore", "预算执行率得分"),
            Map.entry("fundsDeviationNote", "预算执行偏差原因"),
            Map.entry("total", "总分"),
            Map.entry("funds", "项目资金"),
            Map.entry("kind", "资金类别"),
            Map.entry("initialBudget", "年初预算数"),
            Map.entry("annualBudget", "全年预算数"),
            Map.entry("executed", "全年执行数"),
            Map.entry("indicators", "绩效指标"),
            Map.entry("level", "级次"),
            Map.entry("under", "所属上级指标"),
            Map.entry("weight", "分值"),
            Map.entry("target", "年度指标值"),
            Map.entry("actual", "实际完成值"),
            Map.entry("score", "得分"),
            Map.entry("deviationNote", "偏差原因分析及改进措施"),
            Map.entry("version", "版本"),
            Map.entry("title", "标题"),
            Map.entry("sections", "正文"),
            Map.entry("dueDate", "截止日期"),
            Map.entry("rows", "指标行意见"));

    private static final Map<String, String> CODES = Map.ofEntries(
            Map.entry("DRAFT", "草稿"),
            Map.entry("SUBMITTED", "已提交"),
            Map.entry("APPROVED", "已通过"),
            Map.entry("RETURNED", "已退回"),
            Map.entry("TOTAL", "年度资金总额"),
            Map.entry("APPROPRIATION", "当年财政拨款"),
            Map.entry("CARRY_OVER", "上年结转资金"),
            Map.entry("OTHER", "其他资金"),
            Map.entry("OFFICER", "填报人"),
            Map.entry("HEAD", "部门负责人"),
            Map.entry("AUDITOR", "审计"),
            Map.entry("ADMIN", "管理员"),
            Map.entry("pdf", "PDF"),
            Map.entry("print", "打印页"),
            Map.entry("xlsx", "Excel"),
            Map.entry("csv", "CSV"));

    /** Fields whose values are codes rather than what someone typed. */
    private static final Set<String> CODED = Set.of("status", "kind", "role", "format");

    private AuditLabels() {
    }

    static String type(String entityType) {
        return entityType == null ? null : TYPES.getOrDefault(entityType, entityType);
    }

    static String field(String key) {
        return FIELDS.getOrDefault(key, key);
    }

    /** A value as a reader expects it: 是/否 for flags, Chinese for codes; user text unchanged. */
    static String value(String key, String value) {
        if ("true".equals(value)) {
            return "是";
        }
        if ("false".equals(value)) {
            return "否";
        }
        if (CODED.contains(key)) {
            return CODES.getOrDefault(value, value);
        }
        return value;
    }
}
