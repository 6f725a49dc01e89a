package com.jixiao.department;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface DepartmentRepository extends JpaRepository<Department, Long> {

    Optional<Department> findByName(String name);

    /** One row per department and fiscal year that has projects, for the home page. */
    @Query("""
            select new com.jixiao.department.DepartmentYear(d.id, d.name, p.fiscalYear, count(p))
            from Project p join p.department d
            group by d.id, d.name, p.fiscalYear
            order by d.name, p.fiscalYear desc
            """)
    List<DepartmentYear> findDepartmentYears();
}
