package com.jixiao.sheet;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Recently computed sheet scores for the 汇总表 pages, keyed by sheet id, sheet version, rule
 * profile and fiscal year (dates without a year fall in it): a saved sheet has a new version, so an entry is never stale, and an instance that lacks
 * an entry simply computes it (nothing here that a second instance behind a load balancer needs).
 * Without it a 500-project 汇总表 reads and rescores 13,500 indicator nodes per request.
 * Bounded, least recently used first out; exports do not use it, so their memory stays flat.
 */
@Component
public class ScoreCache {

    /** About 15 KB an entry: a few tens of MB at most. */
    static final int CAPACITY = 2_000;

    private record Key(long sheetId, long version, String profileCode, int fiscalYear) {
    }

    private final Map<Key, SheetScoring.Scored> entries = Collections.synchronizedMap(
            new LinkedHashMap<>(256, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<Key, SheetScoring.Scored> eldest) {
                    return size() > CAPACITY;
                }
            });

    /** @return the scores of this version of the sheet, or null when not computed here yet */
    public SheetScoring.Scored get(long sheetId, long version, String profileCode, int fiscalYear) {
        return entries.get(new Key(sheetId, version, profileCode, fiscalYear));
    }

    public void put(long sheetId, long version, String profileCode, int fiscalYear, SheetScoring.Scored scored) {
        entries.put(new Key(sheetId, version, profileCode, fiscalYear), scored);
    }
}
