package com.jixiao.demo;

import com.jixiao.department.Department;
import com.jixiao.department.DepartmentRepository;
import com.jixiao.project.Project;
import com.jixiao.project.ProjectRepository;
import com.jixiao.security.AppUser;
import com.jixiao.security.AppUserRepository;
import com.jixiao.security.DemoMode;
import com.jixiao.security.Role;
import com.jixiao.sheet.FundsEntry;
import com.jixiao.sheet.ScoreSheet;
import com.jixiao.sheet.ScoreSheetRepository;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import lombok.extern.slf4j.Slf4j;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * In demo mode only: a clearly fictional second department (示例部门) with a draft sheet, and one
 * user per role, all with the published password {@value #PASSWORD}. Runs once the application is
 * ready, i.e. after the seed report has been loaded, and creates nothing that already exists.
 */
@Slf4j
@Service
@RequiredArgsConstructor
@Transactional(readOnly = true)
public class DemoAccounts {

    public static final String PASSWORD = "jixiao-demo";
    public static final String SEED_DEPARTMENT = "承德市公安局高新技术产业开发区分局";
    public static final String EXAMPLE_DEPARTMENT = "示例部门";
    static final int EXAMPLE_YEAR = 2021;

    private final DemoMode demoMode;
    private final AppUserRepository users;
    private final DepartmentRepository departments;
    private final ProjectRepository projects;
    private final ScoreSheetRepository sheets;
    private final PasswordEncoder encoder;

    @EventListener(ApplicationReadyEvent.class)
    @Transactional
    public void create() {
        if (!demoMode.enabled()) {
            return;
        }
        Department example = exampleDepartment();
        Optional<Department> seed = departments.findByName(SEED_DEPARTMENT);
        if (seed.isPresent()) {
            user("officer", "示例填报人（高新区公安分局）", Role.OFFICER, seed.get().getId(), false);
            user("head", "示例部门负责人（高新区公安分局）", Role.HEAD, seed.get().getId(), false);
        } else {
            log.warn("Seed department {} not loaded: demo users officer and head not created", SEED_DEPARTMENT);
        }
        user("officer2", "示例填报人（示例部门）", Role.OFFICER, example.getId(), false);
        user("auditor", "示例审计（全部部门）", Role.AUDITOR, null, true);
        user("admin", "示例管理员", Role.ADMIN, null, false);
    }

    private Department exampleDepartment() {
        return departments.findByName(EXAMPLE_DEPARTMENT).orElseGet(() -> {
            Department department = departments.save(new Department(EXAMPLE_DEPARTMENT, "示例部门"));
            Project project = new Project(department, EXAMPLE_YEAR, 1, "示例项目：办公设备更新（虚构）");
            project.recordPublishedRow(null, "示例科室", null, null, null, "示例联系人 0000000");
            projects.save(project);
            ScoreSheet sheet = new ScoreSheet(project);
            sheet.retitle("示例项目：办公设备更新（虚构）项目支出绩效自评表", null);
            sheet.reviseFunds(new FundsEntry(BigDecimal.TEN, null, null, null, Map.of()));
            sheet.reviseGoals("虚构的演示数据：完成办公设备更新。", null);
            sheet.addLevel1("产出指标", new BigDecimal("50"), null);
            sheet.addLevel1("效益指标", new BigDecimal("30"), null);
            sheet.addLevel1("满意度指标", BigDecimal.TEN, null);
            sheets.save(sheet);
            log.info("Demo department {} created with a draft sheet", EXAMPLE_DEPARTMENT);
            return department;
        });
    }

    private void user(String username, String displayName, Role role, Long departmentId, boolean allDepartments) {
        if (users.findByUsername(username).isPresent()) {
            return;
        }
        AppUser user = new AppUser(username, encoder.encode(PASSWORD), displayName, role);
        user.assign(role, departmentId, allDepartments, Set.of());
        user.markDemoAccount();
        users.save(user);
        log.info("Demo user {} ({}) created", username, role.label());
    }
}
