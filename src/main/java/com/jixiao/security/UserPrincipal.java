package com.jixiao.security;

import java.io.Serial;
import java.util.Collection;
import java.util.List;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in user as held in the session: name, role and scope as they were at sign-in or at the last change
 * an administrator made; {@link #version()} is the user's security stamp at that time, which
 * {@link SessionRevalidationFilter} compares with the database on every request.
 */
public final class UserPrincipal implements UserDetails, CredentialsContainer {

    @Serial
    private static final long serialVersionUID = 1L;

    private final Long id;
    private final String username;
    private final String displayName;
    private final Scope scope;
    private final boolean enabled;
    private final long version;
    private String passwordHash;

    UserPrincipal(AppUser user, boolean enabled) {
        this.id = user.getId();
        this.username = user.getUsername();
        this.displayName = user.getDisplayName();
        this.scope = user.scope();
        this.enabled = enabled;
        this.version = user.getVersion();
        this.passwordHash = user.getPasswordHash();
    }

    public Long id() {
        return id;
    }

    public String displayName() {
        return displayName;
    }

    /** For templates: {@code ${currentUser.displayName}}. */
    public String getDisplayName() {
        return displayName;
    }

    public String getRoleLabel() {
        return roleLabel();
    }

    public Role role() {
        return scope.role();
    }

    public String roleLabel() {
        return scope.role().label();
    }

    /** The user's version when this principal was made: a different one in the database means it is stale. */
    public long version() {
        return version;
    }

    public Scope scope() {
        return scope;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(scope.role().authority()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    /** Called by Spring Security after sign-in: the hash does not need to live in the session. */
    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }
}
