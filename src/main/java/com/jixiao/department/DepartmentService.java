package com.jixiao.department;

import com.jixiao.common.web.NotFoundException;
import com.jixiao.security.ScopeGuard;
import java.util.List;
import java.util.function.Supplier;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@RequiredArgsConstructor
@Transactional(readOnly = true)
public class DepartmentService {

    private final DepartmentRepository departments;
    private final ScopeGuard guard;

    /** The departments and years in the current user's scope. */
    public List<DepartmentYear> departmentYears() {
        return departments.findDepartmentYears().stream().filter(dy -> guard.canView(dy.departmentId())).toList();
    }

    /** Every department in the current user's scope, by name: the one list for selects and exports. */
    public List<Department> visible() {
        return departments.findAll(Sort.by("name")).stream().filter(department -> guard.canView(department.getId()))
                .toList();
    }

    /** @throws NotFoundException when there is no such department or it is outside the user's scope */
    public Department get(Long id) {
        Supplier<NotFoundException> notFound = () -> new NotFoundException("没有编号为 " + id + " 的预算部门。");
        guard.requireView(id, notFound);
        return departments.findById(id).orElseThrow(notFound);
    }
}
