package com.jixiao.rules;

import com.jixiao.scoring.WeightTemplate;
import java.time.OffsetDateTime;

/** One stored version of a weight template. */
public record StoredTemplate(WeightTemplate template, int version, OffsetDateTime createdAt, String createdBy) {
}
