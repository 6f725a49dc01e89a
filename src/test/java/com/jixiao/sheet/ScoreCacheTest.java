package com.jixiao.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import com.jixiao.scoring.SheetInput;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScoreCacheTest {

    final ScoreCache cache = new ScoreCache();
    final SheetScoring.Scored scored = new SheetScoring.Scored(
            new SheetInput(null, List.of(), null, null, null, 2021), null);

    @Test
    void anEntryIsFoundOnlyForTheSameVersionProfileAndYear() {
        cache.put(7, 3, "national", 2021, scored);

        assertThat(cache.get(7, 3, "national", 2021)).isSameAs(scored);
        assertThat(cache.get(7, 4, "national", 2021)).as("a saved sheet has a new version").isNull();
        assertThat(cache.get(7, 3, "hebei", 2021)).isNull();
        assertThat(cache.get(7, 3, "national", 2022)).isNull();
        assertThat(cache.get(8, 3, "national", 2021)).isNull();
    }

    @Test
    void itNeverHoldsMoreThanItsCapacity() {
        for (long id = 0; id < 2L * ScoreCache.CAPACITY; id++) {
            cache.put(id, 0, "national", 2021, scored);
        }

        long held = 0;
        for (long id = 0; id < 2L * ScoreCache.CAPACITY; id++) {
            held += cache.get(id, 0, "national", 2021) == null ? 0 : 1;
        }
        assertThat(held).isBetween(ScoreCache.CAPACITY * 9L / 10, (long) ScoreCache.CAPACITY);
        assertThat(cache.get(2L * ScoreCache.CAPACITY - 1, 0, "national", 2021)).as("the newest entry").isSameAs(scored);
    }
}
