package com.jixiao.sheet;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.stereotype.Component;

/**
 * Recently computed sheet scores for the 汇总表 pages, keyed by sheet id, sheet version, rule
 * profile and fiscal year (dates without a year fall in it): a saved sheet has a new version, so an entry is never stale, and an instance that lacks
 * an entry simply computes it (nothing here that a second instance behind a load balancer needs).
 * Without it a 500-project 汇总表 reads and rescores 13,500 indicator nodes per request.
 * Bounded, like every cache here (the rendered 汇总表 rows too): Caffeine, evicting the entries least likely to be
 * read again, on the calling thread; keys carry what makes an entry valid, so nothing is ever invalidated by hand.
 * Exports do not use it, so their memory stays flat.
 */
@Component
public class ScoreCache {

    /** About 15 KB an entry: a few tens of MB at most. */
    static final int CAPACITY = 2_000;

    private record Key(long sheetId, long version, String profileCode, int fiscalYear) {
    }

    private final Cache<Key, SheetScoring.Scored> entries =
            Caffeine.newBuilder().maximumSize(CAPACITY).executor(Runnable::run).build();

    /** @return the scores of this version of the sheet, or null when not computed here yet */
    public SheetScoring.Scored get(long sheetId, long version, String profileCode, int fiscalYear) {
        return entries.getIfPresent(new Key(sheetId, version, profileCode, fiscalYear));
    }

    public void put(long sheetId, long version, String profileCode, int fiscalYear, SheetScoring.Scored scored) {
        entries.put(new Key(sheetId, version, profileCode, fiscalYear), scored);
    }
}
