package com.jixiao.project;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** The queries of the project maintenance pages. */
interface ProjectAdminRepository extends Repository<Project, Long> {

    /**
     * Projects of a year with department and sheet in one statement; {@code q} matches name or code,
     * {@code departmentId} 0 means every department.
     */
    @Query("""
            select new com.jixiao.project.ProjectListRow$Found(p.id, p.fiscalYear, p.code, p.name, d.id, d.name, s.id,
                cast(s.status as String))
            from Project p join p.department d left join com.jixiao.sheet.ScoreSheet s on s.project = p
            where p.fiscalYear = :year and (:departmentId = 0 or d.id = :departmentId)
              and (:q = '' or lower(p.name) like lower(concat('%', :q, '%'))
                   or lower(coalesce(p.code, '')) like lower(concat('%', :q, '%')))
            order by d.name, p.seq
            """)
    List<ProjectListRow.Found> search(int year, long departmentId, String q);

    @Query("select distinct p.fiscalYear from Project p order by p.fiscalYear desc")
    List<Integer> years();

    /** As {@link #years()}, of these departments only: a user sees the years of the departments in scope. */
    @Query("select distinct p.fiscalYear from Project p where p.department.id in :departmentIds order by p.fiscalYear desc")
    List<Integer> years(Collection<Long> departmentIds);

    @Query("select coalesce(max(p.seq), 0) from Project p where p.department.id = :departmentId and p.fiscalYear = :year")
    int maxSeq(Long departmentId, int year);

    /** 项目编码 is unique per department and year (V306): the one project that holds it, if any. */
    @Query("select p from Project p where p.department.id = :departmentId and p.code = :code and p.fiscalYear = :year")
    Optional<Project> findByCode(Long departmentId, String code, int year);

    /** The project's 自评表, if it has one (a project has at most one). */
    @Query("select s.id from com.jixiao.sheet.ScoreSheet s where s.project.id = :projectId")
    Optional<Long> findSheetId(Long projectId);

    @Query("""
            select p from Project p join fetch p.department
            left join fetch p.supervisingOffice left join fetch p.implementingOffice
            where p.id = :id
            """)
    Optional<Project> findWithDepartment(Long id);

    /**
     * The status code of the project's sheet, if it has one. Native SQL on purpose: {@code project} sits below
     * {@code sheet} and must not use its entity.
     */
    @Query(value = "select status from score_sheet where project_id = :projectId", nativeQuery = true)
    Optional<String> sheetStatus(Long projectId);

    /**
     * As {@link #sheetStatus}, holding a share lock on the sheet until the transaction ends, so that the sheet cannot
     * be submitted between this check and the project's update.
     */
    @Query(value = "select status from score_sheet where project_id = :projectId for share", nativeQuery = true)
    Optional<String> sheetStatusLocked(Long projectId);
}
