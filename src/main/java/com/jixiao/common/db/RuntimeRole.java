package com.jixiao.common.db;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import lombok.extern.slf4j.Slf4j;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The role the running application connects as. Migrations grant it reading and writing the
 * records and only appending to the audit trail (placeholder {@code ${app_role}}, the
 * datasource's own user); at start-up the application refuses to run as a role that could change or
 * switch off the audit table's protections — a superuser, the table's owner or a member of it — unless
 * {@code jixiao.db.allow-privileged-role=true} says the operator accepts that.
 */
@Slf4j
@Configuration(proxyBeanMethods = false)
public class RuntimeRole {

    public record Status(String role, List<String> privileges) {

        public boolean restricted() {
            return privileges.isEmpty();
        }

        public String describe() {
            return restricted()
                    ? "应用以数据库账户 " + role + " 运行：不是超级用户，不拥有审计表，只能追加审计记录。"
                    : "应用以数据库账户 " + role + " 运行，该账户" + String.join("、", privileges)
                    + "，能够修改或停用审计表的保护。";
        }
    }

    @Bean
    FlywayConfigurationCustomizer appRolePlaceholder(DataSource dataSource) {
        return configuration -> {
            Map<String, String> placeholders = new HashMap<>(configuration.getPlaceholders());
            placeholders.put("app_role", currentUser(dataSource));
            configuration.placeholders(placeholders);
        };
    }

    private static String currentUser(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("select current_user")) {
            rs.next();
            return rs.getString(1);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot ask the database which role the application runs as", e);
        }
    }

    /** Injecting JdbcTemplate makes this run after the migrations. */
    @Bean
    RuntimeRoleCheck runtimeRoleCheck(JdbcTemplate jdbc,
                                      DatabaseRoleProperties settings) {
        return new RuntimeRoleCheck(jdbc, settings.allowPrivilegedRole());
    }

    public static final class RuntimeRoleCheck implements InitializingBean {

        private final JdbcTemplate jdbc;
        private final boolean allowPrivileged;

        RuntimeRoleCheck(JdbcTemplate jdbc, boolean allowPrivileged) {
            this.jdbc = jdbc;
            this.allowPrivileged = allowPrivileged;
        }

        public Status status() {
            return jdbc.queryForObject("""
                    select current_user as role, r.rolsuper, r.rolbypassrls,
                        pg_has_role(current_user, c.relowner, 'MEMBER') as owns_audit,
                        has_table_privilege('audit_event', 'UPDATE') or has_table_privilege('audit_event', 'DELETE')
                            or has_table_privilege('audit_event', 'TRUNCATE') as may_rewrite
                    from pg_roles r, pg_class c
                    where r.rolname = current_user and c.oid = 'audit_event'::regclass
                    """, (rs, row) -> {
                List<String> privileges = new ArrayList<>();
                if (rs.getBoolean("rolsuper")) {
                    privileges.add("是超级用户");
                }
                if (rs.getBoolean("rolbypassrls")) {
                    privileges.add("可绕过行级安全");
                }
                if (rs.getBoolean("owns_audit")) {
                    privileges.add("拥有审计表");
                }
                if (rs.getBoolean("may_rewrite")) {
                    privileges.add("可修改或删除审计记录");
                }
                return new Status(rs.getString("role"), privileges);
            });
        }

        @Override
        public void afterPropertiesSet() {
            Status status = status();
            if (status.restricted()) {
                log.info("Database runtime role {}: no superuser, not the audit table's owner, append-only on it",
                        status.role());
            } else if (allowPrivileged) {
                log.warn("Database runtime role {} can rewrite the audit trail ({}); allowed by "
                        + "jixiao.db.allow-privileged-role", status.role(), status.privileges());
            } else {
                throw new IllegalStateException(status.describe() + " 拒绝启动：请让应用使用受限账户（见 README 的"
                        + "“数据库账户”一节），或设置 jixiao.db.allow-privileged-role=true 明确接受此风险。");
            }
        }
    }
}
