package com.jixiao.common.db;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param allowPrivilegedRole run even as a database role that could rewrite the audit trail (a superuser, the
 *                            owner of audit_event). Off: start-up is refused with such a role.
 */
@ConfigurationProperties("jixiao.db")
public record DatabaseRoleProperties(@DefaultValue("false") boolean allowPrivilegedRole) {
}
