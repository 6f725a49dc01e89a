package com.jixiao.sheet.workflow;

import java.time.OffsetDateTime;
import org.springframework.modulith.NamedInterface;

/**
 * Published when a sheet moved through review (submit, return, approve, reopen), inside the transaction that moved
 * it: a listener that writes to the database joins that transaction, so its record exists exactly when the step does.
 * Listeners that talk to the outside world (e-mail, SMS) should listen after commit; see README "Notifications".
 *
 * @param action     SUBMIT, RETURN, APPROVE or REOPEN ({@link ReviewAction})
 * @param reviewId   the {@code sheet_review} row of this step: unique, a key for "sent once"
 * @param comment    the return comment or reopening reason; null for submit and approve
 */
@NamedInterface("events")
public record SheetReviewed(Long reviewId, Long sheetId, String action, String actionLabel, Long departmentId,
                            String projectName, int fiscalYear, String actorUsername, String actorDisplayName,
                            String comment, OffsetDateTime occurredAt) {
}
