package com.jixiao.department;

/** A department with one fiscal year of projects: a line of the home page. */
public record DepartmentYear(Long departmentId, String departmentName, int fiscalYear, long projectCount) {
}
