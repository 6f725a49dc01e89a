package com.jixiao.report;

import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Limit;

/** The 汇总表 rows, implemented with plain JDBC by {@link SummaryRowQueriesImpl}. */
interface SummaryRowQueries {

    /** One department-year in 序号 order. */
    List<SummaryRow> findRows(Long departmentId, int year);

    /** Several departments of a year, by department name, then 序号. */
    List<SummaryRow> findRowsOfYear(int year, Collection<Long> departmentIds);

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

    /** Per department of a year: counts and the sums of the 汇总表's reported figures, by department name. */
    List<DepartmentYearTotals> findDepartmentTotals(int year, Collection<Long> departmentIds);
}
