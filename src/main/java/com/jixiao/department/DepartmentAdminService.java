package com.jixiao.department;

import com.jixiao.audit.AuditAction;
import com.jixiao.audit.AuditTrail;
import com.jixiao.common.web.NotFoundException;
import com.jixiao.security.ScopeGuard;
import java.util.function.Supplier;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creating and editing departments and their offices; each change is recorded in the audit trail. */
@Service
@RequiredArgsConstructor
@Transactional(readOnly = true)
public class DepartmentAdminService {

    /** The longest text a search can find: department names are varchar(200), short names varchar(100). */
    private static final int SEARCH_MAX = 200;

    private final DepartmentRepository departments;
    private final DepartmentAdminRepository admin;
    private final OfficeRepository offices;
    private final ScopeGuard guard;
    private final DepartmentService visibleDepartments;
    private final AuditTrail audit;

    public List<DepartmentListRow> search(String q) {
        String term = q == null ? "" : q.strip();
        if (term.length() > SEARCH_MAX) {
            // Longer than any name: matches nothing, and a 1 MB LIKE pattern is costly for PostgreSQL.
            return List.of();
        }
        return admin.search(term).stream().filter(row -> guard.canView(row.id())).toList();
    }

    /**
     * The one way a department is loaded for editing: a scope check belongs here.
     *
     * @throws NotFoundException when there is no such department
     */
    public Department load(Long id) {
        Supplier<NotFoundException> notFound = () -> new NotFoundException("没有编号为 " + id + " 的预算部门。");
        Department department = departments.findById(id).orElseThrow(notFound);
        guard.requireView(department.getId(), notFound);
        return department;
    }

    /** @throws NotFoundException when there is no such office */
    public Office loadOffice(Long id) {
        Supplier<NotFoundException> notFound = () -> new NotFoundException("没有编号为 " + id + " 的科室。");
        Office office = admin.findOffice(id).orElseThrow(notFound);
        guard.requireView(office.getDepartment().getId(), notFound);
        return office;
    }

    public List<Office> offices(Long departmentId) {
        return admin.findOffices(departmentId);
    }

    /** Every office with its department, for the office selects of the project form. */
    public List<Office> allOffices() {
        return admin.findAllOffices().stream().filter(office -> guard.canView(office.getDepartment().getId()))
                .toList();
    }

    public List<Department> all() {
        return visibleDepartments.visible();
    }

    /** @throws RejectedFieldException when the name is taken */
    @Transactional
    public Long create(DepartmentForm form) {
        guard.checkIsAdministrator();
        String name = form.getName().strip();
        if (admin.existsByName(name)) {
            throw new RejectedFieldException("name", "已有名为“" + name + "”的预算部门");
        }
        Department department = departments.save(new Department(name, blankToNull(form.getShortName())));
        audit.record(AuditAction.DEPARTMENT_CREATE.name(), "Department", department.getId(), department.getId(), null,
                snapshot(department));
        return department.getId();
    }

    /**
     * @throws RejectedFieldException  when the new name is taken
     * @throws StaleEditException when someone saved the department since the form was opened
     */
    @Transactional
    public void update(Long id, DepartmentForm form) {
        Department department = load(id);
        guard.checkIsAdministrator();
        if (!Objects.equals(form.getVersion(), department.getVersion())) {
            throw new StaleEditException("该部门已被他人修改，请刷新页面后重新填写。");
        }
        String name = form.getName().strip();
        if (admin.existsByNameAndIdNot(name, id)) {
            throw new RejectedFieldException("name", "已有名为“" + name + "”的预算部门");
        }
        Map<String, Object> before = snapshot(department);
        department.rename(name, blankToNull(form.getShortName()));
        Map<String, Object> after = snapshot(department);
        if (!after.equals(before)) {
            audit.record(AuditAction.DEPARTMENT_UPDATE.name(), "Department", id, id, before, after);
        }
    }

    /** @throws RejectedFieldException when the department already has an office of that name */
    @Transactional
    public void addOffice(Long departmentId, OfficeForm form) {
        Department department = load(departmentId);
        guard.checkCanManage(departmentId);
        String name = form.getName().strip();
        if (admin.officeNameTaken(departmentId, name, -1L)) {
            throw new RejectedFieldException("name", "本部门已有名为“" + name + "”的科室");
        }
        Office office = offices.save(new Office(department, name));
        audit.record(AuditAction.OFFICE_CREATE.name(), "Office", office.getId(), departmentId, null, snapshot(office));
    }

    /** @throws RejectedFieldException when the department already has an office of that name */
    @Transactional
    public Long renameOffice(Long officeId, OfficeForm form) {
        Office office = loadOffice(officeId);
        Long departmentId = office.getDepartment().getId();
        guard.checkCanManage(departmentId);
        String name = form.getName().strip();
        if (admin.officeNameTaken(departmentId, name, officeId)) {
            throw new RejectedFieldException("name", "本部门已有名为“" + name + "”的科室");
        }
        Map<String, Object> before = snapshot(office);
        office.rename(name);
        Map<String, Object> after = snapshot(office);
        if (!after.equals(before)) {
            audit.record(AuditAction.OFFICE_UPDATE.name(), "Office", officeId, departmentId, before, after);
        }
        return departmentId;
    }

    private static Map<String, Object> snapshot(Department department) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("name", department.getName());
        values.put("shortName", department.getShortName());
        return values;
    }

    private static Map<String, Object> snapshot(Office office) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("name", office.getName());
        values.put("department", office.getDepartment().getName());
        return values;
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
