package com.jixiao.useradmin;

import com.jixiao.security.AppUser;
import com.jixiao.security.Role;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.HashSet;
import java.util.Set;
import lombok.Getter;
import lombok.Setter;

/** The create/edit form of a user; never bound to the entity. Rules that span fields are in {@link UserAdmin}. */
@Getter
@Setter
public class UserForm {

    @NotBlank(message = "请填写用户名")
    @Pattern(regexp = "[A-Za-z0-9._-]{3,50}", message = "用户名为 3–50 个字母、数字或 . _ -")
    private String username;

    @NotBlank(message = "请填写姓名")
    @Size(max = 100, message = "姓名不能超过 100 个字")
    private String displayName;

    @NotNull(message = "请选择角色")
    private Role role;

    /** For 填报人 and 部门负责人. */
    private Long departmentId;

    /** For 审计: every department. */
    private boolean allDepartments;

    /** For 审计 over chosen departments. */
    private Set<Long> auditDepartmentIds = new HashSet<>();

    /** Required for a new user; blank on edit keeps the password. */
    /** Judged by PasswordPolicy in UserAdmin, counted in characters (a Chinese character is one). */
    private String password;

    private boolean enabled = true;

    /** The version the administrator saw, for optimistic locking. */
    private Long version;

    public static UserForm from(AppUser user) {
        UserForm form = new UserForm();
        form.username = user.getUsername();
        form.displayName = user.getDisplayName();
        form.role = user.getRole();
        form.departmentId = user.getDepartmentId();
        form.allDepartments = user.isAllDepartments();
        form.auditDepartmentIds = new HashSet<>(user.getAuditDepartmentIds());
        form.enabled = user.isEnabled();
        form.version = user.getVersion();
        return form;
    }
}
