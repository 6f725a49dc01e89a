package com.jixiao.security;

/** What a user may do; which departments they may do it in is their {@link Scope}. */
public enum Role {
    /** 填报人: fills in and submits the sheets of one department. */
    OFFICER("填报人"),
    /** 部门负责人: reviews (approves, returns, reopens) the sheets of one department. */
    HEAD("部门负责人"),
    /** 审计: reads the chosen departments (or all), exports, views the audit trail. */
    AUDITOR("审计"),
    /** 管理员: manages users; reads every department. */
    ADMIN("管理员");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Officers and heads belong to exactly one department. */
    public boolean hasOwnDepartment() {
        return this == OFFICER || this == HEAD;
    }

    public String authority() {
        return "ROLE_" + name();
    }
}
