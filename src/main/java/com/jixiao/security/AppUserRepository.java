package com.jixiao.security;

import jakarta.persistence.LockModeType;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.transaction.annotation.Transactional;

public interface AppUserRepository extends JpaRepository<AppUser, Long> {

    @Query("select u from AppUser u where lower(u.username) = lower(:username)")
    Optional<AppUser> findByUsername(String username);

    /** The user row locked until the end of the transaction: concurrent failed sign-ins count one by one. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select u from AppUser u where lower(u.username) = lower(:username)")
    Optional<AppUser> findByUsernameForUpdate(String username);

    boolean existsByRole(Role role);

    List<AppUser> findAllByOrderByUsername();

    /** A bulk update, so that sign-in bookkeeping does not bump the version an admin form holds. */
    @Transactional
    @Modifying(clearAutomatically = true, flushAutomatically = true)
    @Query("update AppUser u set u.failedAttempts = :failedAttempts, u.lockedUntil = :lockedUntil where u.id = :id")
    void updateSignInState(Long id, int failedAttempts, OffsetDateTime lockedUntil);
}
