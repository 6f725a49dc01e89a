package com.jixiao.sheet.edit;

import com.jixiao.demo.DemoAccounts;
import com.jixiao.department.DepartmentAdminService;
import com.jixiao.department.DepartmentForm;
import com.jixiao.department.DepartmentRepository;
import com.jixiao.project.ProjectAdminService;
import com.jixiao.project.ProjectForm;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Object mother for editor tests: fresh departments, projects and draft sheets with unique names, created
 * through the services as a user would, so tests sharing one database never see each other's data.
 */
@Component
public class EditorFixtures {

    private final DepartmentAdminService departments;
    private final ProjectAdminService projects;
    private final EditorService editor;
    private final DepartmentRepository departmentRepository;

    public EditorFixtures(DepartmentAdminService departments, ProjectAdminService projects, EditorService editor,
                          DepartmentRepository departmentRepository) {
        this.departments = departments;
        this.projects = projects;
        this.editor = editor;
        this.departmentRepository = departmentRepository;
    }

    public static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 8);
    }

    /** The department of the demo user {@code officer}, who edits the tests' sheets. */
    public Long officersDepartment() {
        return departmentRepository.findByName(DemoAccounts.SEED_DEPARTMENT).orElseThrow().getId();
    }

    /** A new department; creating one takes an administrator. */
    public Long department() {
        DepartmentForm form = new DepartmentForm();
        form.setName(unique("测试部门"));
        return departments.create(form);
    }

    public Long project(Long departmentId, int year, String code, String name) {
        ProjectForm form = new ProjectForm();
        form.setDepartmentId(departmentId);
        form.setFiscalYear(String.valueOf(year));
        form.setCode(code);
        form.setName(name);
        return projects.create(form);
    }

    /** A draft from the default template (10/50/30/10) for a new project of 2030 in the officer's department. */
    public Long draftSheet() {
        return draftSheet(2030);
    }

    /**
     * As {@link #draftSheet()} in another year: {@link com.jixiao.support.TestSheets} numbers the projects of 2030
     * in the officer's department from its own counter, which a project numbered here (the next free number) can
     * take first when both run in one JVM.
     */
    public Long draftSheet(int year) {
        Long projectId = project(officersDepartment(), year, unique("T").toUpperCase(), unique("测试项目"));
        return editor.createFromTemplate(projectId, "default");
    }
}
