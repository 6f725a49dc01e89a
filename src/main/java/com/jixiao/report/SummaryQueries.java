package com.jixiao.report;

import com.jixiao.project.Project;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * Read-only queries for the 汇总表 and the annual score table: one statement however many
 * projects are read. The rows themselves come from {@link SummaryRowQueries} (plain JDBC).
 */
interface SummaryQueries extends Repository<Project, Long>, SummaryRowQueries {

    @Query("select count(p) from Project p where p.department.id in :departmentIds and p.fiscalYear = :year")
    long countOfYear(int year, Collection<Long> departmentIds);

    @Query("select distinct p.fiscalYear from Project p order by p.fiscalYear desc")
    List<Integer> findYears();

    @Query("select distinct p.fiscalYear from Project p where p.department.id in :departmentIds order by p.fiscalYear desc")
    List<Integer> findYears(Collection<Long> departmentIds);
}
