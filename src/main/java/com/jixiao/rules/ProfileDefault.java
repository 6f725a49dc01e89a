package com.jixiao.rules;

/**
 * Which profile new sheets of a department and/or year take.
 *
 * @param departmentId   null: every department
 * @param departmentName null with a null id
 * @param fiscalYear     null: every year
 */
public record ProfileDefault(Long id, Long departmentId, String departmentName, Integer fiscalYear,
                             String profileCode, String profileName) {
}
