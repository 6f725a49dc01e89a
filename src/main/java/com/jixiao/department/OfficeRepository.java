package com.jixiao.department;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface OfficeRepository extends JpaRepository<Office, Long> {

    Optional<Office> findByDepartmentAndName(Department department, String name);
}
