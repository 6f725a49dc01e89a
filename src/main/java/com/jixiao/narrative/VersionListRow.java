package com.jixiao.narrative;

import java.time.OffsetDateTime;

/** A line of a report's history: version number, who saved it, when. */
public record VersionListRow(int number, String savedBy, OffsetDateTime savedAt) {
}
