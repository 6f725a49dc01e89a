package com.jixiao.audit;

import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every action the trail records, with the Chinese name the audit page shows: the one place that maps action codes to
 * labels. Callers pass {@code name()} to {@link AuditTrail#record}; the codes are stored as they are, so a code
 * may never be renamed (older events keep it).
 */
public enum AuditAction {
    LOGIN_SUCCESS("登录成功"),
    LOGIN_FAILURE("登录失败"),
    LOGIN_REFUSED("拒绝登录"),
    ACCOUNT_LOCKED("账户锁定"),
    LOGOUT("退出登录"),
    USER_CREATED("新建用户"),
    USER_UPDATED("修改用户"),
    USER_UNLOCKED("解锁用户"),
    DEPARTMENT_CREATE("新建预算部门"),
    DEPARTMENT_UPDATE("修改预算部门"),
    OFFICE_CREATE("新建科室"),
    OFFICE_UPDATE("修改科室"),
    PROJECT_CREATE("新建项目"),
    PROJECT_UPDATE("修改项目"),
    PROJECT_DELETE("删除项目"),
    SHEET_CREATE("新建自评表"),
    SHEET_SAVE("保存自评表"),
    SHEET_SUBMIT("提交送审"),
    SHEET_APPROVE("审核通过"),
    SHEET_RETURN("退回修改"),
    SHEET_REOPEN("重新打开自评表"),
    DEADLINE_SET("设置提交截止日期"),
    EXPORT_SCORE_TABLE("导出年度得分表"),
    EXPORT_INDICATOR_TABLE("导出年度指标明细表"),
    DOWNLOAD_SHEET("下载自评表"),
    DOWNLOAD_REPORT("下载部门自评报告"),
    PRINT_SHEET("打印自评表"),
    PRINT_REPORT("打印部门自评报告"),
    NARRATIVE_SAVE("保存自评报告"),
    NARRATIVE_SUBMIT("提交自评报告"),
    NARRATIVE_REOPEN("撤回自评报告的提交"),
    IMPORT_CONFIRM("导入附1自评表"),
    API_SHEET_SAVE("通过接口保存自评表"),
    RULE_PROFILE_SAVE("修改评分规则"),
    WEIGHT_TEMPLATE_SAVE("修改评价模板"),
    RULE_DEFAULT_SET("设置默认评分规则"),
    RULE_DEFAULT_DELETE("删除默认评分规则"),
    SHEET_RESCORE("按新版评分规则重算自评表");

    private static final Map<String, AuditAction> BY_CODE = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(AuditAction::name, Function.identity()));

    private final String label;

    AuditAction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The Chinese name of a stored code; a code this version does not know is shown as it is. */
    public static String labelOf(String code) {
        AuditAction action = code == null ? null : BY_CODE.get(code);
        return action != null ? action.label : code;
    }
}
