package com.jixiao.sheet;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ScoreSheetRepository extends JpaRepository<ScoreSheet, Long> {

    /** A sheet with its project, department, offices and funds rows: the top of the 附1 page. */
    @Query("""
            select s from ScoreSheet s
            join fetch s.project p join fetch p.department
            left join fetch p.supervisingOffice left join fetch p.implementingOffice
            left join fetch s.fundsLines
            where s.id = :id
            """)
    Optional<ScoreSheet> findWithProject(Long id);

    @Query("select s.id from ScoreSheet s where s.project.id = :projectId")
    Optional<Long> findIdByProjectId(Long projectId);

    @Query("select i from Indicator i where i.sheet.id = :sheetId order by i.level, i.position")
    List<Indicator> findIndicators(Long sheetId);
}
