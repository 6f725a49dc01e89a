package com.jixiao.department;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import lombok.Data;

/** Adds or renames an office (科室 / 大队) of a department. */
@Data
public class OfficeForm {

    @NotBlank(message = "请填写科室名称")
    @Size(max = 200, message = "科室名称最多 200 个字")
    private String name;
}
