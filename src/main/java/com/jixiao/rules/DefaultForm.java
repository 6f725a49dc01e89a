package com.jixiao.rules;

import lombok.Getter;
import lombok.Setter;

/** Which profile new sheets of a department and/or year take; blank department or year means every one. */
@Getter
@Setter
public class DefaultForm {
    private Long departmentId;
    private String fiscalYear;
    private String profileCode;
}
