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
    void theLeastRecentlyUsedEntryGoesFirstWhenFull() {
        cache.put(0, 0, "national", 2021, scored);
        cache.put(1, 0, "national", 2021, scored);
        cache.get(0, 0, "national", 2021);
        for (long id = 2; id <= ScoreCache.CAPACITY; id++) {
            cache.put(id, 0, "national", 2021, scored);
        }

        assertThat(cache.get(0, 0, "national", 2021)).as("recently read").isSameAs(scored);
        assertThat(cache.get(1, 0, "national", 2021)).as("least recently used").isNull();
        assertThat(cache.get(ScoreCache.CAPACITY, 0, "national", 2021)).isSameAs(scored);
    }
}
