package com.jixiao.security;

import java.util.Set;
import lombok.RequiredArgsConstructor;
import lombok.extern.slf4j.Slf4j;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

/**
 * Outside demo mode there are no default credentials: the first administrator is created from
 * {@code jixiao.bootstrap-admin.username} and {@code .password} (e.g. environment variables
 * {@code JIXIAO_BOOTSTRAP_ADMIN_USERNAME}/{@code _PASSWORD}) when no administrator exists yet.
 */
@Slf4j
@Service
@RequiredArgsConstructor
@Transactional(readOnly = true)
public class BootstrapAdmin {

    private final AppUserRepository users;
    private final PasswordPolicy policy;
    private final PasswordEncoder encoder;
    private final AccountProperties settings;

    @EventListener(ApplicationReadyEvent.class)
    @Transactional
    public void create() {
        String username = settings.bootstrapAdmin().username();
        String password = settings.bootstrapAdmin().password();
        if (!StringUtils.hasText(username) || users.existsByRole(Role.ADMIN)) {
            return;
        }
        java.util.List<String> problems = policy.problems(password == null ? "" : password, username);
        if (!problems.isEmpty()) {
            log.error("jixiao.bootstrap-admin.password breaks the password rules ({}): no administrator created",
                    String.join("; ", problems));
            return;
        }
        if (users.findByUsername(username).isPresent()) {
            log.error("jixiao.bootstrap-admin.username {} is taken by a user who is not an administrator", username);
            return;
        }
        AppUser admin = new AppUser(username, encoder.encode(password), "管理员", Role.ADMIN);
        admin.assign(Role.ADMIN, null, false, Set.of());
        users.save(admin);
        log.info("Administrator {} created from jixiao.bootstrap-admin", username);
    }
}
