package com.jixiao.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who can sign in on a fresh installation.
 *
 * @param demoUsers      demo accounts (password jixiao-demo) also outside the embedded database; on the embedded
 *                       database (the newcomer's default) they always exist
 * @param bootstrapAdmin outside demo mode: the first administrator, created at start-up when no administrator
 *                       exists (environment JIXIAO_BOOTSTRAP_ADMIN_USERNAME / JIXIAO_BOOTSTRAP_ADMIN_PASSWORD)
 */
@ConfigurationProperties("jixiao")
public record AccountProperties(@DefaultValue("false") boolean demoUsers,
                                @DefaultValue BootstrapAdminAccount bootstrapAdmin) {

    /** Both empty: no administrator is created. The password must satisfy the password rules. */
    public record BootstrapAdminAccount(@DefaultValue("") String username, @DefaultValue("") String password) {

        @Override
        public String toString() {
            return "BootstrapAdminAccount[username=" + username + ", password=(hidden)]";
        }
    }
}
