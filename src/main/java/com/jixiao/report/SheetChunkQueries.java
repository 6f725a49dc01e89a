package com.jixiao.report;

import com.jixiao.sheet.FundsLine;
import com.jixiao.sheet.Indicator;
import com.jixiao.sheet.ScoreSheet;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * The sheets of a chunk of projects in three statements (sheets with their headers, funds lines,
 * indicators), whatever the size of the chunk: the 汇总表, the print pages and the exports read
 * sheets only through here.
 */
interface SheetChunkQueries extends Repository<ScoreSheet, Long> {

    @Query("""
            select s from ScoreSheet s
            join fetch s.project p join fetch p.department
            left join fetch p.supervisingOffice left join fetch p.implementingOffice
            where p.id in :projectIds
            """)
    List<ScoreSheet> findSheetsOfProjects(Collection<Long> projectIds);

    @Query("select f from FundsLine f where f.sheet.id in :sheetIds")
    List<FundsLine> findFundsLines(Collection<Long> sheetIds);

    /** Ordered by level so that a node's parent is already loaded when the node is read. */
    @Query("select i from Indicator i where i.sheet.id in :sheetIds order by i.sheet.id, i.level, i.position")
    List<Indicator> findIndicators(Collection<Long> sheetIds);
}
