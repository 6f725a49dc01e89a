package com.jixiao.common.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Map;
import lombok.extern.slf4j.Slf4j;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.springframework.stereotype.Component;

/**
 * Applied migrations are never edited (MigrationHistoryTest compares their checksums with a committed list). One was,
 * before that rule: V101 lost an error code on 2026-11-27, a few hours after it was committed. A database migrated
 * in between holds the old checksum, and Flyway would refuse to start on it. Before validation this records the
 * current checksum for exactly that old value — what {@code flyway repair} would do, limited to the known edit —
 * so that no database of any earlier commit needs a hand repair. Spring Boot hands every Callback bean to Flyway. The edit changed only the error code of the
 * append-only trigger's message, so both schemas behave alike.
 */
@Slf4j
@Component
class SupersededMigrationChecksums implements Callback {

    /** version → {checksum as first committed, checksum now}. Never add to this: add a new migration instead. */
    private static final Map<String, int[]> SUPERSEDED = Map.of("101", new int[] {-1327761847, 259985245});

    @Override
    public boolean supports(Event event, Context context) {
        return event == Event.BEFORE_VALIDATE || event == Event.BEFORE_MIGRATE;
    }

    @Override
    public boolean canHandleInTransaction(Event event, Context context) {
        return true;
    }

    @Override
    public void handle(Event event, Context context) {
        String table = context.getConfiguration().getTable();
        Connection connection = context.getConnection();
        try {
            if (!historyExists(connection, table)) {
                return;
            }
            for (Map.Entry<String, int[]> entry : SUPERSEDED.entrySet()) {
                try (PreparedStatement update = connection.prepareStatement(
                        "update \"" + table + "\" set checksum = ? where version = ? and checksum = ?")) {
                    update.setInt(1, entry.getValue()[1]);
                    update.setString(2, entry.getKey());
                    update.setInt(3, entry.getValue()[0]);
                    if (update.executeUpdate() > 0) {
                        log.warn("Migration V{} was applied in its first committed form; its checksum is updated to "
                                + "the current one (the edit changed only an error code)", entry.getKey());
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot check the migration history for superseded checksums", e);
        }
    }

    private static boolean historyExists(Connection connection, String table) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("select to_regclass(?) is not null")) {
            query.setString(1, table);
            try (var rs = query.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        }
    }

    @Override
    public String getCallbackName() {
        return "superseded-checksums";
    }
}
