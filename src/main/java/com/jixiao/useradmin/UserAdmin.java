package com.jixiao.useradmin;

import com.jixiao.audit.AuditAction;
import com.jixiao.audit.AuditTrail;
import com.jixiao.common.web.NotFoundException;
import com.jixiao.department.Department;
import com.jixiao.department.DepartmentRepository;
import com.jixiao.security.AppUser;
import com.jixiao.security.AppUserRepository;
import com.jixiao.security.DemoMode;
import com.jixiao.security.LoginAttempts;
import com.jixiao.security.PasswordPolicy;
import com.jixiao.security.Role;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import lombok.RequiredArgsConstructor;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * User administration (administrators only, see SecurityConfig): create and edit users, their role
 * and scope, unlock locked accounts. Every change is recorded in the audit trail, without hashes.
 */
@Service
@RequiredArgsConstructor
@Transactional(readOnly = true)
public class UserAdmin {

    private final AppUserRepository users;
    private final PasswordPolicy passwordPolicy;
    private final LoginAttempts loginAttempts;
    private final DemoMode demoMode;
    private final DepartmentRepository departments;
    private final PasswordEncoder encoder;
    private final AuditTrail audit;

    public List<AppUser> list() {
        return users.findAllByOrderByUsername();
    }

    public List<Department> departments() {
        return departments.findAll().stream().sorted((a, b) -> a.getName().compareTo(b.getName())).toList();
    }

    public AppUser get(Long id) {
        return users.findById(id).orElseThrow(() -> new NotFoundException("没有编号为 " + id + " 的用户。"));
    }

    /** @return the new user's id, or null when {@code errors} got field errors */
    @Transactional
    public Long create(UserForm form, Errors errors) {
        validate(form, errors, true);
        if (users.findByUsername(form.getUsername() == null ? "" : form.getUsername().trim()).isPresent()) {
            errors.rejectValue("username", "taken", "该用户名已被使用");
        }
        if (errors.hasErrors()) {
            return null;
        }
        AppUser user = new AppUser(form.getUsername().trim(), encoder.encode(form.getPassword()),
                form.getDisplayName().trim(), form.getRole());
        user.assign(form.getRole(), form.getDepartmentId(), form.isAllDepartments(), form.getAuditDepartmentIds());
        allowSignIn(user, form.isEnabled());
        users.saveAndFlush(user);
        audit.record(AuditAction.USER_CREATED.name(), "AppUser", user.getId(), null, snapshot(user, false));
        return user.getId();
    }

    /** @return false when {@code errors} got field errors */
    @Transactional
    public boolean update(Long id, UserForm form, Errors errors) {
        // Locked first, so that two administrators demoting each other at once cannot both see "another admin".
        List<Long> admins = users.lockEnabledAdministrators();
        AppUser user = get(id);
        validate(form, errors, false);
        keepOneAdministrator(user, form, admins, errors);
        if (errors.hasErrors()) {
            return false;
        }
        if (form.getVersion() == null || form.getVersion() != user.getVersion()) {
            throw new ObjectOptimisticLockingFailureException(AppUser.class, id);
        }
        Map<String, Object> before = snapshot(user, false);
        user.rename(form.getDisplayName().trim());
        user.assign(form.getRole(), form.getDepartmentId(), form.isAllDepartments(), form.getAuditDepartmentIds());
        allowSignIn(user, form.isEnabled());
        boolean passwordChanged = form.getPassword() != null && !form.getPassword().isEmpty();
        if (passwordChanged) {
            user.changePasswordHash(encoder.encode(form.getPassword()));
        }
        users.flush();
        audit.record(AuditAction.USER_UPDATED.name(), "AppUser", user.getId(), before, snapshot(user, passwordChanged));
        return true;
    }

    @Transactional
    public void unlock(Long id) {
        AppUser user = get(id);
        String name = user.getDisplayName() + "（" + user.getUsername() + "）";
        loginAttempts.unlock(user.getUsername());
        audit.record(AuditAction.USER_UNLOCKED.name(), "AppUser", id, Map.of("name", name, "locked", true),
                Map.of("name", name, "locked", false));
    }

    /** The lower-cased names of users with a sign-in lock from some address, for the list page. */
    public Set<String> lockedNames() {
        return loginAttempts.lockedNames();
    }

    /**
     * The last enabled administrator may be neither demoted nor disabled: nobody could manage users any more.
     * A demo administrator counts only in demo mode, where it can sign in.
     */
    private void keepOneAdministrator(AppUser user, UserForm form, List<Long> enabledAdmins, Errors errors) {
        boolean staysAdmin = form.getRole() == Role.ADMIN && form.isEnabled();
        if (user.getRole() != Role.ADMIN || !user.isEnabled() || staysAdmin) {
            return;
        }
        long others = users.findAllById(enabledAdmins).stream()
                .filter(admin -> !admin.getId().equals(user.getId()))
                .filter(admin -> !admin.isDemoAccount() || demoMode.enabled())
                .count();
        if (others == 0) {
            String message = "这是最后一位启用的管理员，不能降级或停用：请先任命或启用另一位管理员。";
            if (form.getRole() != Role.ADMIN) {
                errors.rejectValue("role", "lastAdmin", message);
            } else {
                errors.rejectValue("enabled", "lastAdmin", message);
            }
        }
    }

    private void validate(UserForm form, Errors errors, boolean creating) {
        String password = form.getPassword();
        if (creating && (password == null || password.isEmpty())) {
            errors.rejectValue("password", "required", "请为新用户设置密码");
        } else if (password != null && !password.isEmpty() && !errors.hasFieldErrors("password")) {
            List<String> problems = passwordPolicy.problems(password, form.getUsername());
            if (!problems.isEmpty()) {
                errors.rejectValue("password", "weak", String.join("；", problems) + "。");
            }
        }
        Role role = form.getRole();
        if (role == null) {
            return;
        }
        if (role.hasOwnDepartment()) {
            if (form.getDepartmentId() == null) {
                errors.rejectValue("departmentId", "required", role.label() + "必须选择所属预算部门");
            } else if (!departments.existsById(form.getDepartmentId())) {
                errors.rejectValue("departmentId", "unknown", "所选预算部门不存在");
            }
        }
        if (role == Role.AUDITOR && !form.isAllDepartments()) {
            Set<Long> chosen = form.getAuditDepartmentIds() == null ? Set.of() : form.getAuditDepartmentIds();
            if (chosen.isEmpty()) {
                errors.rejectValue("auditDepartmentIds", "required", "请选择“全部部门”或至少一个预算部门");
            } else if (departments.findAllById(chosen).size() != chosen.size()) {
                errors.rejectValue("auditDepartmentIds", "unknown", "所选预算部门不存在");
            }
        }
    }

    /** The user as the audit trail keeps it: departments by their names at the time, never the password hash. */
    private Map<String, Object> snapshot(AppUser user, boolean passwordChanged) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("name", user.getDisplayName() + "（" + user.getUsername() + "）");
        values.put("username", user.getUsername());
        values.put("displayName", user.getDisplayName());
        values.put("role", user.getRole().name());
        values.put("department", user.getDepartmentId() == null ? null
                : departments.findById(user.getDepartmentId()).map(Department::getName).orElse(null));
        values.put("allDepartments", user.isAllDepartments());
        values.put("auditDepartments", new TreeSet<>(departments.findAllById(user.getAuditDepartmentIds()).stream()
                .map(Department::getName).toList()));
        values.put("enabled", user.isEnabled());
        if (passwordChanged) {
            values.put("passwordChanged", true);
        }
        return values;
    }

    private static void allowSignIn(AppUser user, boolean enabled) {
        if (enabled) {
            user.enable();
        } else {
            user.disable();
        }
    }
}
