package com.jixiao.department;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import lombok.Data;

/** What the department form posts; never the entity itself. Limits are the column sizes. */
@Data
public class DepartmentForm {

    /** The version the user started from: a different one on save means someone else saved first. */
    private Long version;

    @NotBlank(message = "请填写部门名称")
    @Size(max = 200, message = "部门名称最多 200 个字")
    private String name;

    @Size(max = 100, message = "简称最多 100 个字")
    private String shortName;

    static DepartmentForm of(Department department) {
        DepartmentForm form = new DepartmentForm();
        form.setVersion(department.getVersion());
        form.setName(department.getName());
        form.setShortName(department.getShortName());
        return form;
    }
}
