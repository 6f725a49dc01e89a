package com.jixiao.project;

import com.jixiao.common.web.NotFoundException;
import com.jixiao.security.ScopeGuard;
import java.util.function.Supplier;
import com.jixiao.department.Department;
import com.jixiao.department.DepartmentAdminService;
import com.jixiao.department.RejectedFieldException;
import com.jixiao.department.Office;
import com.jixiao.department.StaleEditException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Year;
import java.util.List;
import java.util.Objects;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creating, editing and finding the budget projects of a fiscal year. */
@Service
@RequiredArgsConstructor
@Transactional(readOnly = true)
public class ProjectAdminService {

    /** The longest text a search can find: project names are varchar(300), codes varchar(64). */
    private static final int SEARCH_MAX = 300;

    private final ProjectRepository projects;
    private final ProjectAdminRepository admin;
    private final DepartmentAdminService departments;
    private final ScopeGuard guard;
    private final EntityManager entityManager;

    /** @param departmentId null or 0 for every department */
    public List<ProjectListRow> search(int year, Long departmentId, String q) {
        String term = q == null ? "" : q.strip();
        if (term.length() > SEARCH_MAX) {
            // Matches nothing, and a 1 MB LIKE pattern kept PostgreSQL busy for 38 s: not even asked.
            return List.of();
        }
        return admin.search(year, departmentId == null ? 0 : departmentId, term).stream()
                .filter(row -> guard.canView(row.departmentId())).toList();
    }

    /** Years that have projects, newest first, plus the year under evaluation (last year) if it has none yet. */
    public List<Integer> years() {
        List<Integer> years = new java.util.ArrayList<>(admin.years());
        int evaluated = Year.now().getValue() - 1;
        if (!years.contains(evaluated)) {
            years.add(0, evaluated);
        }
        years.sort(java.util.Comparator.reverseOrder());
        return years;
    }

    /** The year the list opens on: the newest year with projects, else last year. */
    public int defaultYear() {
        List<Integer> years = admin.years();
        return years.isEmpty() ? Year.now().getValue() - 1 : years.get(0);
    }

    /**
     * The one way a project is loaded for editing, with department and offices: a scope check belongs here.
     *
     * @throws NotFoundException when there is no such project
     */
    public Project load(Long id) {
        Supplier<NotFoundException> notFound = () -> new NotFoundException("没有编号为 " + id + " 的项目。");
        Project project = admin.findWithDepartment(id).orElseThrow(notFound);
        guard.requireView(project.getDepartment().getId(), notFound);
        return project;
    }

    public ProjectForm form(Long id) {
        return ProjectForm.of(load(id));
    }

    /**
     * @throws RejectedFieldException when the code is used by another project of the same year, or an office does not
     *                            belong to the department
     */
    @Transactional
    public Long create(ProjectForm form) {
        Department department = departments.load(form.getDepartmentId());
        guard.checkCanManage(department.getId());
        int year = form.year();
        lockProjectsOf(department);
        checkCode(form, null);
        Project project = new Project(department, year, admin.maxSeq(department.getId(), year) + 1, form.getName().strip());
        apply(project, form, department);
        return projects.save(project).getId();
    }

    /**
     * @throws RejectedFieldException  as {@link #create}
     * @throws StaleEditException when someone saved the project since the form was opened
     */
    @Transactional
    public void update(Long id, ProjectForm form) {
        Project project = load(id);
        guard.checkCanManage(project.getDepartment().getId());
        if (!Objects.equals(form.getVersion(), project.getVersion())) {
            throw new StaleEditException("该项目已被他人修改。");
        }
        Department department = departments.load(form.getDepartmentId());
        guard.checkCanManage(department.getId());
        int year = form.year();
        lockProjectsOf(department);
        checkCode(form, id);
        if (!project.getDepartment().getId().equals(department.getId()) || project.getFiscalYear() != year) {
            // 序号 numbers the projects of one department-year (the 汇总表 order): a moved project goes last.
            project.setSeq(admin.maxSeq(department.getId(), year) + 1);
        }
        project.setDepartment(department);
        project.setFiscalYear(year);
        project.setName(form.getName().strip());
        apply(project, form, department);
    }

    /**
     * Makes project writes of one department take turns, for the milliseconds of a save. The next 序号 is the
     * department-year's maximum + 1: two officers creating projects at the same moment read the same maximum, and
     * the second insert broke the unique (department, year, seq) and was told its code was taken. Under the lock
     * both succeed, and the code check sees a code saved a moment before in the same department.
     */
    private void lockProjectsOf(Department department) {
        // refresh, not lock: a lock on a versioned entity also compares the version and would fail on a rename.
        entityManager.refresh(department, LockModeType.PESSIMISTIC_WRITE);
    }

    private void checkCode(ProjectForm form, Long exceptId) {
        String code = blankToNull(form.getCode());
        if (code == null) {
            return;
        }
        admin.findByCodeAndYear(code, form.year()).filter(other -> !other.getId().equals(exceptId)).ifPresent(other -> {
            throw new RejectedFieldException("code", "项目编码 " + code + " 在 " + form.year() + " 年度已被项目“"
                    + other.getName() + "”使用");
        });
    }

    private void apply(Project project, ProjectForm form, Department department) {
        project.setCode(blankToNull(form.getCode()));
        project.setContact(blankToNull(form.getContact()));
        project.setSupervisingOffice(office(form.getSupervisingOfficeId(), department, "supervisingOfficeId"));
        project.setImplementingOffice(office(form.getImplementingOfficeId(), department, "implementingOfficeId"));
    }

    private Office office(Long officeId, Department department, String field) {
        if (officeId == null) {
            return null;
        }
        Office office = departments.loadOffice(officeId);
        if (!office.getDepartment().getId().equals(department.getId())) {
            throw new RejectedFieldException(field, "“" + office.getName() + "”不是所选预算部门的科室");
        }
        return office;
    }

    /** Blank text is stored as null so that the partial unique index on code ignores it. */
    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
