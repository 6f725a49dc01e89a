package com.jixiao.narrative;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface NarrativeVersionRepository extends JpaRepository<NarrativeVersion, Long> {

    /** The history of a report, newest first, without the texts. */
    @Query("""
            select new com.jixiao.narrative.VersionListRow(v.number, v.savedBy, v.savedAt)
            from NarrativeVersion v where v.report.id = :reportId order by v.number desc
            """)
    List<VersionListRow> findHistory(Long reportId);

    @Query("""
            select distinct v from NarrativeVersion v left join fetch v.sections
            where v.report.id = :reportId and v.number = :number
            """)
    Optional<NarrativeVersion> findVersion(Long reportId, int number);
}
