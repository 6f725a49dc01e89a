package com.jixiao.report;

import com.jixiao.project.Project;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * Read-only projections for the 汇总表 and the annual score table: one statement however many
 * projects are read.
 */
interface SummaryQueries extends Repository<Project, Long> {

    String ROW = """
            select new com.jixiao.report.SummaryRow(p.id, d.id, d.name, p.fiscalYear, p.seq, p.code,
                p.usingOfficeName, p.summaryName, p.name, p.publishedFunds, p.publishedScore, p.publishedGrade,
                p.contact, s.id, s.version, s.status, s.profileCode, f.initialBudget, f.annualBudget, f.executed,
                s.fundsWeight, s.fundsEnteredScore, s.fundsPrintedRate, s.fundsDeviationNote, s.enteredTotal,
                s.enteredTotalWeight)
            from Project p
            join p.department d
            left join ScoreSheet s on s.project = p
            left join FundsLine f on f.sheet = s and f.kind = com.jixiao.sheet.FundsLineKind.TOTAL
            """;

    @Query(ROW + """
            where d.id = :departmentId and p.fiscalYear = :year
            order by p.seq
            """)
    List<SummaryRow> findRows(Long departmentId, int year);

    @Query(ROW + """
            where d.id in :departmentIds and p.fiscalYear = :year
            order by d.name, d.id, p.seq
            """)
    List<SummaryRow> findRowsOfYear(int year, Collection<Long> departmentIds);

    /**
     * The next chunk of a year's rows after (department, 序号), for exports that must not hold a whole
     * year in memory. Keyset rather than offset paging: each chunk costs the same however deep it is,
     * and (department, year, seq) is unique, so no row is skipped or repeated. The position is one row
     * comparison on the columns of that unique index (project.department_id, hence fk()), so PostgreSQL
     * starts the index scan there; "d.id > x or (d.id = x and seq > y)" scanned the year from its first
     * project at every chunk (12–20 ms instead of 4 ms half-way through 50,000 projects).
     */
    @Query(ROW + """
            where d.id in :departmentIds and p.fiscalYear = :year
              and (fk(p.department), p.fiscalYear, p.seq) > (:afterDepartmentId, :year, :afterSeq)
            order by d.id, p.seq
            """)
    List<SummaryRow> findRowsAfter(int year, Collection<Long> departmentIds, long afterDepartmentId, int afterSeq,
                                   Limit limit);

    @Query("select count(p) from Project p where p.department.id in :departmentIds and p.fiscalYear = :year")
    long countOfYear(int year, Collection<Long> departmentIds);

    @Query("select distinct p.fiscalYear from Project p order by p.fiscalYear desc")
    List<Integer> findYears();
}
