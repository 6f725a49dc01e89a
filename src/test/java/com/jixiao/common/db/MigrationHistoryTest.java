package com.jixiao.common.db;

import com.jixiao.support.IntegrationTest;
import com.jixiao.support.TestDatabase;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Migrations are history: once applied somewhere they are never edited, and versions follow one another from V306 on
 * (V1, V100, V101, V300 … V306 are the bands of the first releases, kept because databases carry them).
 */
class MigrationHistoryTest extends IntegrationTest {

    /** The last version numbered in bands; from here on every version is the previous one plus one. */
    private static final BigDecimal LAST_BANDED = new BigDecimal("306");

    @Autowired
    Flyway flyway;

    private Map<String, String> applied() {
        Map<String, String> applied = new LinkedHashMap<>();
        JdbcTemplate dba = TestDatabase.superuser();
        try {
            dba.query("select version, checksum from flyway_schema_history where success order by installed_rank",
                    rs -> {
                        applied.put(rs.getString(1), rs.getObject(2) == null ? "" : String.valueOf(rs.getInt(2)));
                    });
        } finally {
            close(dba);
        }
        return applied;
    }

    private static Map<String, String> committed() throws IOException {
        Map<String, String> committed = new LinkedHashMap<>();
        for (String line : Files.readAllLines(Path.of("src/test/resources/db/applied-migrations.tsv"))) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            committed.put(cells[0], cells.length > 1 ? cells[1] : "");
        }
        return committed;
    }

    @Test
    void appliedMigrationsAreExactlyTheCommittedOnes() throws IOException {
        Map<String, String> applied = applied();
        List<String> lines = new ArrayList<>();
        applied.forEach((version, checksum) -> lines.add(version + "\t" + checksum));
        assertThat(applied)
                .as("checksums of the applied migrations (an edited migration, or a new one not yet listed in "
                        + "src/test/resources/db/applied-migrations.tsv); the applied list is:%n%s",
                        String.join("\n", lines))
                .isEqualTo(committed());
    }

    @Test
    void versionsAfterTheBandsAreConsecutive() {
        List<BigDecimal> versions = applied().keySet().stream().map(BigDecimal::new)
                .filter(v -> v.compareTo(LAST_BANDED) >= 0 && v.stripTrailingZeros().scale() <= 0).toList();
        for (int i = 1; i < versions.size(); i++) {
            assertThat(versions.get(i)).as("the version after V%s", versions.get(i - 1))
                    .isEqualByComparingTo(versions.get(i - 1).add(BigDecimal.ONE));
        }
    }

    @Test
    void theOneEditOfTheFirstDaysIsRepairedAndNoOtherIs() {
        JdbcTemplate dba = TestDatabase.superuser();
        try {
            dba.update("update flyway_schema_history set checksum = -1327761847 where version = '101'");
            flyway.validate();
            assertThat(dba.queryForObject("select checksum from flyway_schema_history where version = '101'",
                    Integer.class)).isEqualTo(259985245);

            dba.update("update flyway_schema_history set checksum = 12345 where version = '101'");
            assertThatThrownBy(() -> flyway.validate()).hasMessageContaining("101");
        } finally {
            dba.update("update flyway_schema_history set checksum = 259985245 where version = '101'");
            close(dba);
        }
    }

    private static void close(JdbcTemplate dba) {
        ((SingleConnectionDataSource) dba.getDataSource()).destroy();
    }
}
