package com.jixiao.department;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** The queries of the department maintenance pages, apart from the reads the reports use. */
interface DepartmentAdminRepository extends Repository<Department, Long> {

    /** One statement however many departments; {@code q} empty matches all. */
    @Query("""
            select new com.jixiao.department.DepartmentListRow(d.id, d.name, d.shortName,
                (select count(o) from Office o where o.department = d),
                (select count(p) from Project p where p.department = d))
            from Department d
            where :q = '' or lower(d.name) like lower(concat('%', :q, '%'))
                or lower(coalesce(d.shortName, '')) like lower(concat('%', :q, '%'))
            order by d.name
            """)
    List<DepartmentListRow> search(String q);

    boolean existsByNameAndIdNot(String name, Long id);

    boolean existsByName(String name);

    @Query("select o from Office o where o.department.id = :departmentId order by o.name")
    List<Office> findOffices(Long departmentId);

    @Query("select o from Office o join fetch o.department d order by d.name, o.name")
    List<Office> findAllOffices();

    @Query("select o from Office o join fetch o.department where o.id = :id")
    Optional<Office> findOffice(Long id);

    @Query("select count(o) > 0 from Office o where o.department.id = :departmentId and o.name = :name and o.id <> :exceptId")
    boolean officeNameTaken(Long departmentId, String name, Long exceptId);
}
