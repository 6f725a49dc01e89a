package com.jixiao.common.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * The two database roles Jixiao uses, set up by a superuser (the embedded database at start, the
 * tests, or an operator with {@code docker/initdb/roles.sql}):
 * <ul>
 *   <li>{@value #OWNER} owns the schema; Flyway migrates as this role;</li>
 *   <li>{@value #APP} is what the running application connects as: no superuser, owner of nothing,
 *       granted by the migrations only reading and writing records and appending to the audit trail,
 *       so that it can neither change nor switch off the audit table's protections.</li>
 * </ul>
 */
public final class DatabaseRoles {

    public static final String OWNER = "jixiao_owner";
    public static final String APP = "jixiao_app";

    private DatabaseRoles() {
    }

    /**
     * Creates both roles if missing (with these passwords), makes the owner role own the public
     * schema and every object in it that a superuser created (databases of the first release ran
     * everything as {@code postgres}). Safe to run at every start.
     */
    public static void prepare(DataSource superuser, String ownerPassword, String appPassword) {
        try (Connection connection = superuser.getConnection(); Statement statement = connection.createStatement()) {
            ensureRole(connection, OWNER, ownerPassword);
            ensureRole(connection, APP, appPassword);
            statement.execute("alter schema public owner to " + OWNER);
            for (String alter : ownershipToMove(connection)) {
                statement.execute(alter);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot prepare the database roles " + OWNER + " and " + APP, e);
        }
    }

    private static void ensureRole(Connection connection, String role, String password) throws SQLException {
        boolean exists;
        try (PreparedStatement query = connection.prepareStatement("select 1 from pg_roles where rolname = ?")) {
            query.setString(1, role);
            try (ResultSet rs = query.executeQuery()) {
                exists = rs.next();
            }
        }
        try (Statement statement = connection.createStatement()) {
            String options = " login nosuperuser nocreatedb nocreaterole noinherit nobypassrls password "
                    + quoteLiteral(password);
            statement.execute((exists ? "alter role " : "create role ") + role + options);
        }
    }

    /** ALTER … OWNER statements for tables, sequences, views and functions in public not owned by the owner role. */
    private static List<String> ownershipToMove(Connection connection) throws SQLException {
        List<String> statements = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("""
                select c.relkind, c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
                where n.nspname = 'public' and c.relkind in ('r', 'p', 'v', 'm', 'S')
                  and pg_get_userbyid(c.relowner) <> ?
                  -- sequences owned by a table column follow their table
                  and not exists (select 1 from pg_depend d where d.objid = c.oid and d.deptype in ('a', 'i')
                                  and c.relkind = 'S')
                union all
                select 'f', p.oid::regprocedure::text from pg_proc p join pg_namespace n on n.oid = p.pronamespace
                where n.nspname = 'public' and pg_get_userbyid(p.proowner) <> ?
                """)) {
            query.setString(1, OWNER);
            query.setString(2, OWNER);
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    String name = rs.getString(2);
                    statements.add(switch (rs.getString(1)) {
                        case "S" -> "alter sequence public." + quoteIdent(name) + " owner to " + OWNER;
                        case "v" -> "alter view public." + quoteIdent(name) + " owner to " + OWNER;
                        case "m" -> "alter materialized view public." + quoteIdent(name) + " owner to " + OWNER;
                        case "f" -> "alter function " + name + " owner to " + OWNER;
                        default -> "alter table public." + quoteIdent(name) + " owner to " + OWNER;
                    });
                }
            }
        }
        return statements;
    }

    private static String quoteLiteral(String text) {
        return "'" + text.replace("'", "''") + "'";
    }

    private static String quoteIdent(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }
}
