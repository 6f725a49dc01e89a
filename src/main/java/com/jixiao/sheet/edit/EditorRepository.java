package com.jixiao.sheet.edit;

import com.jixiao.sheet.ScoreSheet;
import java.util.List;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** The editor's own reads of sheets. */
interface EditorRepository extends Repository<ScoreSheet, Long> {

    /**
     * Sheets of the year before in the same department that may be this project's: the same 项目编码 or the same
     * name; code matches first. Never another department's, although 项目编码 are issued province-wide: copying
     * would hand one department another's indicators, and the offer alone would name another's project.
     */
    @Query("""
            select s from ScoreSheet s join fetch s.project p join fetch p.department d
            where p.fiscalYear = :year and d.id = :departmentId
              and ((:code <> '' and p.code = :code) or p.name = :name)
            order by case when p.code = :code then 0 else 1 end, s.id
            """)
    List<ScoreSheet> findPredecessors(int year, String code, String name, Long departmentId);
}
