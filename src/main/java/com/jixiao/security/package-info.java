/**
 * Users, roles and sign-in: accounts and their {@link com.jixiao.security.Scope} (which departments a user sees),
 * password policy, login lock-out, sessions, and {@link com.jixiao.security.ScopeGuard}, the one place that decides
 * what the current user may see and do by department id.
 *
 * <p>Uses {@code audit} (sign-ins are recorded) and {@code common} only: it knows departments by id, never their
 * records. Administering users, which lists departments, lives above in {@code useradmin}.
 */
@ApplicationModule(displayName = "Security (users, roles, sign-in)", allowedDependencies = {"audit", "common"})
package com.jixiao.security;

import org.springframework.modulith.ApplicationModule;
