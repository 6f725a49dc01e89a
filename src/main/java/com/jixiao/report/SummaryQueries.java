package com.jixiao.report;

import com.jixiao.project.Project;
import java.util.List;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** Read-only projections for the 汇总表: one statement however many projects a department has. */
interface SummaryQueries extends Repository<Project, Long> {

    @Query("""
            select new com.jixiao.report.SummaryRow(p.id, p.fiscalYear, p.seq, p.code, p.usingOfficeName,
                p.summaryName, p.name, p.publishedFunds, p.publishedScore, p.publishedGrade, p.contact, s.id,
                s.status, s.profileCode, f.initialBudget, f.annualBudget, f.executed, s.fundsWeight,
                s.fundsEnteredScore, s.fundsPrintedRate, s.fundsDeviationNote, s.enteredTotal,
                s.enteredTotalWeight)
            from Project p
            left join ScoreSheet s on s.project = p
            left join FundsLine f on f.sheet = s and f.kind = com.jixiao.sheet.FundsLineKind.TOTAL
            where p.department.id = :departmentId and p.fiscalYear = :year
            order by p.seq
            """)
    List<SummaryRow> findRows(Long departmentId, int year);
}
