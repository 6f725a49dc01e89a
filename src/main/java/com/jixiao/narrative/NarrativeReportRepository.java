package com.jixiao.narrative;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface NarrativeReportRepository extends JpaRepository<NarrativeReport, Long> {

    @Query("""
            select distinct r from NarrativeReport r left join fetch r.sections
            where r.department.id = :departmentId and r.fiscalYear = :year and r.project is null
            """)
    Optional<NarrativeReport> findDepartmentReport(Long departmentId, int year);

    @Query("select distinct r from NarrativeReport r left join fetch r.sections where r.project.id = :projectId")
    Optional<NarrativeReport> findProjectReport(Long projectId);
}
