package com.jixiao.rules;

import com.jixiao.scoring.RuleProfile;
import java.time.OffsetDateTime;

/** One stored version of a rule profile: the settings and who wrote them when. */
public record StoredProfile(RuleProfile profile, OffsetDateTime createdAt, String createdBy) {
}
