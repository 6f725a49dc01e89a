package com.jixiao.department;

import com.jixiao.common.web.NotFoundException;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@RequiredArgsConstructor
@Transactional(readOnly = true)
public class DepartmentService {

    private final DepartmentRepository departments;

    public List<DepartmentYear> departmentYears() {
        return departments.findDepartmentYears();
    }

    /** @throws NotFoundException when there is no such department */
    public Department get(Long id) {
        return departments.findById(id).orElseThrow(() -> new NotFoundException("没有编号为 " + id + " 的预算部门。"));
    }
}
