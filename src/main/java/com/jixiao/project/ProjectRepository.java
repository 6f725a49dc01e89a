package com.jixiao.project;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ProjectRepository extends JpaRepository<Project, Long> {

    long countByDepartmentIdAndFiscalYear(Long departmentId, int fiscalYear);

    Optional<Project> findByDepartmentIdAndFiscalYearAndSeq(Long departmentId, int fiscalYear, int seq);
}
