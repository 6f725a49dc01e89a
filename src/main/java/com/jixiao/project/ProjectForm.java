package com.jixiao.project;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import lombok.Data;

/**
 * What the project form posts; never the entity. The year is text so that "20x1" comes back as a
 * Chinese message beside the field, not as a conversion error. Limits are the column sizes.
 */
@Data
public class ProjectForm {

    private Long version;

    @NotNull(message = "请选择预算部门")
    private Long departmentId;

    @NotBlank(message = "请填写年度")
    @Pattern(regexp = "^\\s*(20\\d\\d|2100)\\s*$", message = "年度须为 2000–2100 之间的四位数字，例如 2021")
    private String fiscalYear;

    @Size(max = 64, message = "项目编码最多 64 个字符")
    @Pattern(regexp = "^\\s*[A-Za-z0-9_\\-]*\\s*$", message = "项目编码只能包含字母、数字、下划线和连字符")
    private String code;

    @NotBlank(message = "请填写项目名称")
    @Size(max = 300, message = "项目名称最多 300 个字")
    private String name;

    private Long supervisingOfficeId;

    private Long implementingOfficeId;

    @Size(max = 200, message = "联系人及电话最多 200 个字")
    private String contact;

    int year() {
        return Integer.parseInt(fiscalYear.strip());
    }

    static ProjectForm of(Project project) {
        ProjectForm form = new ProjectForm();
        form.setVersion(project.getVersion());
        form.setDepartmentId(project.getDepartment().getId());
        form.setFiscalYear(String.valueOf(project.getFiscalYear()));
        form.setCode(project.getCode());
        form.setName(project.getName());
        form.setSupervisingOfficeId(project.getSupervisingOffice() == null ? null : project.getSupervisingOffice().getId());
        form.setImplementingOfficeId(project.getImplementingOffice() == null ? null : project.getImplementingOffice().getId());
        form.setContact(project.getContact());
        return form;
    }
}
