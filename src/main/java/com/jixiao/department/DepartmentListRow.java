package com.jixiao.department;

/** A line of the department list: the department with its number of offices and projects. */
public record DepartmentListRow(Long id, String name, String shortName, long officeCount, long projectCount) {
}
