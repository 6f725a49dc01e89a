/**
 * In-app notifications (通知): a bell with the unread count in the page header, a list with read/unread. Written when
 * {@code sheet} publishes {@code SheetReviewed} (submit → the department's heads; return, approve, reopen → its
 * officers) and by a scheduled reminder before a department-year's 提交截止日期 (→ its officers and heads). Stored in
 * PostgreSQL; a unique key per recipient makes every notification arrive once, whichever node decides to send it.
 *
 * <p>Listens to {@code sheet}'s {@code events} interface and reads the signed-in user from {@code security}; nothing
 * depends on it (the layout asks the {@code bell} bean by name).
 */
@ApplicationModule(displayName = "Notifications", allowedDependencies = {"sheet :: events", "security"})
package com.jixiao.notification;

import org.springframework.modulith.ApplicationModule;
