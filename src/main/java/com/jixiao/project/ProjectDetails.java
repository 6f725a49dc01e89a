package com.jixiao.project;

import com.jixiao.department.Department;
import com.jixiao.department.Office;

/**
 * What the project form sets on a project.
 *
 * @param department        must not be null
 * @param name              must not be null
 * @param code              项目编码, null when the project has none
 * @param supervisingOffice 主管部门 (an office of {@code department}), may be null
 * @param implementingOffice 实施单位 (an office of {@code department}), may be null
 * @param contact           联系人及电话, may be null
 */
public record ProjectDetails(Department department, int fiscalYear, String name, String code,
                             Office supervisingOffice, Office implementingOffice, String contact) {
}
