package com.jixiao.report.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The temporary file behind the 指标 sheet gives back exactly the values it was given. */
class RowSpillTest {

    @Test
    void everyValueComesBackEqualWithItsTypeAndScaleInBatches() {
        String longText = "偏差原因".repeat(20_000); // 240,000 bytes of UTF-8: more than one buffer
        List<Object[]> written = new ArrayList<>();
        for (int r = 0; r < 2_503; r++) {
            written.add(new Object[] {
                    "承德市公安局", // the same on every row
                    r % 5 == 0 ? null : "项目" + (r / 7),
                    new BigDecimal("20.00"),
                    BigDecimal.valueOf(r - 1_000, r % 7),
                    r % 11 == 0 ? new BigDecimal("123456789012345678901234567890.123456") : new BigDecimal("0.000000"),
                    r,
                    (long) r << 40,
                    r == 1_000 ? longText : "",
                    "'=1\t\n😀 " + r});
        }
        List<Object[]> read = new ArrayList<>();
        List<Integer> batches = new ArrayList<>();
        try (RowSpill spill = new RowSpill(9)) {
            written.forEach(spill::write);
            assertThat(spill.rows()).isEqualTo(2_503);
            spill.replay(1_000, rows -> {
                batches.add(rows.size());
                read.addAll(rows);
            });
        }
        assertThat(batches).containsExactly(1_000, 1_000, 503);
        assertThat(read).hasSize(written.size());
        for (int r = 0; r < written.size(); r++) {
            assertThat(read.get(r)).as("row %d", r).containsExactly(written.get(r));
            for (int c = 0; c < 9; c++) {
                Object value = written.get(r)[c];
                if (value != null) {
                    assertThat(read.get(r)[c]).hasSameClassAs(value);
                }
                if (value instanceof BigDecimal number) {
                    assertThat(((BigDecimal) read.get(r)[c]).scale()).isEqualTo(number.scale());
                }
            }
        }
    }

    @Test
    void theFileIsGoneOnceClosedAndReplayedOnlyOnce() {
        Path file;
        try (RowSpill spill = new RowSpill(1)) {
            spill.write(new Object[] {"a"});
            file = spill.file();
            assertThat(file).exists();
            spill.replay(10, rows -> { });
            assertThatThrownBy(() -> spill.replay(10, rows -> { })).isInstanceOf(IllegalStateException.class);
            assertThatThrownBy(() -> spill.write(new Object[] {"b"})).isInstanceOf(IllegalStateException.class);
        }
        assertThat(file).doesNotExist();
    }

    @Test
    void refusesValuesItCannotGiveBackExactly() {
        try (RowSpill spill = new RowSpill(2)) {
            assertThatThrownBy(() -> spill.write(new Object[] {1.5d, null})).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> spill.write(new Object[] {"one value"})).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
