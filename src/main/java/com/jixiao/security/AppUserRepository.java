package com.jixiao.security;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface AppUserRepository extends JpaRepository<AppUser, Long> {

    @Query("select u from AppUser u where lower(u.username) = lower(:username)")
    Optional<AppUser> findByUsername(String username);

    boolean existsByRole(Role role);

    List<AppUser> findAllByOrderByUsername();

    /**
     * The ids of the enabled administrators, their rows locked until the end of the transaction: two
     * administrators demoting each other at once are decided one after the other.
     */
    @Query(value = "select id from app_user where role = 'ADMIN' and enabled order by id for update", nativeQuery = true)
    List<Long> lockEnabledAdministrators();

}
