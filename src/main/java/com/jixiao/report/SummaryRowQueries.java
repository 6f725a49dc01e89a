package com.jixiao.report;

import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Limit;

/**
 * The 汇总表 rows, implemented with plain JDBC by {@link SummaryRowQueriesImpl}. The rows are the
 * year's results only — projects whose sheet is submitted or approved, and projects without a sheet
 * whose 汇总表 row comes from a filed report — selected in SQL, so that no draft is read, scored or
 * summed; the other projects are read apart, without figures, as {@link UnsubmittedProject}s.
 */
interface SummaryRowQueries {

    /** One department-year's results in 序号 order. */
    List<SummaryRow> findRows(Long departmentId, int year);

    /** One department-year's projects without a result, in 序号 order. */
    List<UnsubmittedProject> findUnsubmitted(Long departmentId, int year);

    /** The results of several departments of a year, by department name, then 序号. */
    List<SummaryRow> findRowsOfYear(int year, Collection<Long> departmentIds);

    /** The projects without a result of several departments of a year, by department name, then 序号. */
    List<UnsubmittedProject> findUnsubmittedOfYear(int year, Collection<Long> departmentIds);

    /**
     * The next chunk of a year's rows after (department, 序号), for exports that must not hold a whole
     * year in memory. Keyset rather than offset paging: each chunk costs the same however deep it is,
     * and (department, year, seq) is unique, so no row is skipped or repeated. The position is one row
     * comparison on the columns of that unique index, so PostgreSQL starts its index scan there;
     * "department > x or (department = x and seq > y)" scanned the year from its first project at every
     * chunk (12–20 ms instead of 4 ms half-way through 50,000 projects).
     */
    List<SummaryRow> findRowsAfter(int year, Collection<Long> departmentIds, long afterDepartmentId, int afterSeq,
                                   Limit limit);

    /** As {@link #findRowsAfter}, for the projects without a result. */
    List<UnsubmittedProject> findUnsubmittedAfter(int year, Collection<Long> departmentIds, long afterDepartmentId,
                                                  int afterSeq, Limit limit);

    /**
     * Per department of a year: counts of all projects and of those without a result, and the sums of
     * the 汇总表's reported figures over the results only, by department name.
     */
    List<DepartmentYearTotals> findDepartmentTotals(int year, Collection<Long> departmentIds);
}
