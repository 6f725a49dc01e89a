package com.jixiao.sheet.edit;

import com.jixiao.sheet.ScoreSheet;
import java.util.List;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** The editor's own reads of sheets. */
interface EditorRepository extends Repository<ScoreSheet, Long> {

    /**
     * Sheets of the year before that may be this project's: the same 项目编码, or the same name in the same
     * department; code matches first.
     */
    @Query("""
            select s from ScoreSheet s join fetch s.project p join fetch p.department d
            where p.fiscalYear = :year
              and ((:code <> '' and p.code = :code) or (p.name = :name and d.id = :departmentId))
            order by case when p.code = :code then 0 else 1 end, s.id
            """)
    List<ScoreSheet> findPredecessors(int year, String code, String name, Long departmentId);
}
