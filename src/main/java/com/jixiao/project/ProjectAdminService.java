package com.jixiao.project;

import com.jixiao.audit.AuditAction;
import com.jixiao.audit.AuditTrail;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creating, editing, deleting and finding the budget projects of a fiscal year. Once the project's sheet is submitted
 * or approved, what the sheet was submitted under — name, code, year, department, offices — is locked with it until the
 * head returns or reopens the sheet; every change is recorded in the audit trail with its values before and after.
 */
@Service
@RequiredArgsConstructor
@Transactional(readOnly = true)
public class ProjectAdminService {

    /** Sheet status codes as stored (see {@link ProjectAdminRepository#sheetStatus}). */
    private static final String SUBMITTED = "SUBMITTED";
    private static final String APPROVED = "APPROVED";
    /** The longest text a search can find: project names are varchar(300), codes varchar(64). */
    private static final int SEARCH_MAX = 300;

    private final ProjectRepository projects;
    private final ProjectAdminRepository admin;
    private final DepartmentAdminService departments;
    private final ScopeGuard guard;
    private final AuditTrail audit;
    private final EntityManager entityManager;
    private final SheetStates sheetStates;

    /** @param departmentId null or 0 for every department */
    public List<ProjectListRow> search(int year, Long departmentId, String q) {
        String term = q == null ? "" : q.strip();
        if (term.length() > SEARCH_MAX) {
            // Matches nothing, and a 1 MB LIKE pattern kept PostgreSQL busy for 38 s: not even asked.
            return List.of();
        }
        return admin.search(year, departmentId == null ? 0 : departmentId, term).stream()
                .filter(row -> guard.canView(row.departmentId())).map(row -> row.named(sheetStates)).toList();
    }

    /**
     * Years in which the departments in the user's scope have projects, newest first, plus the year under evaluation
     * (last year) if it has none yet. Another department's years are not named.
     */
    public List<Integer> years() {
        List<Integer> years = new java.util.ArrayList<>(yearsInScope());
        int evaluated = Year.now().getValue() - 1;
        if (!years.contains(evaluated)) {
            years.add(0, evaluated);
        }
        years.sort(java.util.Comparator.reverseOrder());
        return years;
    }

    /** The year the list opens on: the newest year with projects, else last year. */
    public int defaultYear() {
        List<Integer> years = yearsInScope();
        return years.isEmpty() ? Year.now().getValue() - 1 : years.get(0);
    }

    private List<Integer> yearsInScope() {
        if (guard.scope().allDepartments()) {
            return admin.years();
        }
        List<Long> ids = departments.all().stream().map(Department::getId).toList();
        return ids.isEmpty() ? List.of() : admin.years(ids);
    }

    /** The project's 自评表 id, if it has one; the project must have been loaded through {@link #load}. */
    public Optional<Long> sheetId(Long projectId) {
        return admin.findSheetId(projectId);
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
        checkCode(form, department, null);
        Project project = new Project(details(form, department), admin.maxSeq(department.getId(), year) + 1);
        Long id = projects.save(project).getId();
        audit.record(AuditAction.PROJECT_CREATE.name(), "Project", id, department.getId(), null, snapshot(project));
        return id;
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
        Map<String, Object> before = snapshot(project);
        Department department = departments.load(form.getDepartmentId());
        guard.checkCanManage(department.getId());
        int year = form.year();
        lockProjectsOf(department);
        checkCode(form, department, id);
        // The project refuses what its sheet locks; the lock is read (and the sheet's row share-locked until this
        // transaction ends, so it cannot be submitted while the project changes under it) only when it matters.
        project.revise(details(form, department),
                () -> admin.sheetStatusLocked(id).map(ProjectLock::ofSheetStatus).orElse(ProjectLock.NONE),
                () -> admin.maxSeq(department.getId(), year) + 1);
        Map<String, Object> after = snapshot(project);
        if (!after.equals(before)) {
            audit.record(AuditAction.PROJECT_UPDATE.name(), "Project", id, department.getId(), before, after);
        }
    }

    /**
     * Deletes a project that has no sheet yet (a mistaken entry); a project with a sheet keeps it.
     *
     * @throws ProjectLockedException when the project has a sheet
     */
    @Transactional
    public void delete(Long id) {
        Project project = load(id);
        guard.checkCanManage(project.getDepartment().getId());
        Optional<String> status = admin.sheetStatusLocked(id);
        if (status.isPresent()) {
            String why = switch (status.get()) {
                case SUBMITTED -> "该项目的自评表已提交审核，项目不能删除。";
                case APPROVED -> "该项目的自评表已审核通过，项目不能删除。";
                default -> "该项目已有自评表，不能删除。";
            };
            throw new ProjectLockedException(why, List.of());
        }
        Map<String, Object> before = snapshot(project);
        projects.delete(project);
        projects.flush();
        audit.record(AuditAction.PROJECT_DELETE.name(), "Project", id, project.getDepartment().getId(), before, null);
    }

    /**
     * Why the project's name, code, year, department and offices cannot be changed now, or empty when they can: for
     * the form, which shows them read-only.
     */
    public Optional<String> lockReason(Long id) {
        // The refusal happens in Project.revise, on the server; the read-only form only spares the user a useless edit.
        return admin.sheetStatus(id).map(ProjectLock::ofSheetStatus).map(ProjectLock::message);
    }

    /** The project as the audit trail keeps it: names, not ids, as they were at the time. */
    private static Map<String, Object> snapshot(Project project) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("name", project.getName());
        values.put("code", project.getCode());
        values.put("fiscalYear", project.getFiscalYear());
        values.put("department", project.getDepartment().getName());
        values.put("supervisingOffice", project.getSupervisingOffice() == null ? null : project.getSupervisingOffice().getName());
        values.put("implementingOffice", project.getImplementingOffice() == null ? null : project.getImplementingOffice().getName());
        values.put("contact", project.getContact());
        return values;
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

    /**
     * 项目编码 is unique within a department and year, so the project that holds a code is always one the user may
     * see and naming it leaks nothing. Another department's codes are never looked at: a check across departments
     * would tell an officer which codes other departments use.
     */
    private void checkCode(ProjectForm form, Department department, Long exceptId) {
        String code = blankToNull(form.getCode());
        if (code == null) {
            return;
        }
        admin.findByCode(department.getId(), code, form.year()).filter(other -> !other.getId().equals(exceptId))
                .ifPresent(other -> {
                    throw new RejectedFieldException("code", "项目编码 " + code + " 在 " + form.year()
                            + " 年度已被本部门的项目“" + other.getName() + "”使用");
                });
    }

    /** @throws RejectedFieldException when an office does not belong to the department */
    private ProjectDetails details(ProjectForm form, Department department) {
        return new ProjectDetails(department, form.year(), form.getName().strip(), blankToNull(form.getCode()),
                office(form.getSupervisingOfficeId(), department, "supervisingOfficeId"),
                office(form.getImplementingOfficeId(), department, "implementingOfficeId"),
                blankToNull(form.getContact()));
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
