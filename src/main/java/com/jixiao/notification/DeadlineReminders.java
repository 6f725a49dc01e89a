package com.jixiao.notification;

import com.jixiao.sheet.workflow.SubmissionDeadlines;
import java.time.LocalDate;
import lombok.RequiredArgsConstructor;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Reminds the officers and heads of a department-year whose 提交截止日期 is {@value #DAYS_BEFORE} days away or
 * nearer and that still has unsubmitted projects. Runs every hour on every node: the dedup key (department, year,
 * date, days left) lets one reminder per day-count through, however many nodes run it and however often.
 */
@Component
@RequiredArgsConstructor
class DeadlineReminders {

    static final int DAYS_BEFORE = 3;

    private final SubmissionDeadlines deadlines;
    private final NotificationStore store;

    /** @return how many notifications were new */
    @Scheduled(cron = "${jixiao.notifications.deadline-cron:0 7 * * * *}")
    int remind() {
        LocalDate today = LocalDate.now();
        int sent = 0;
        for (SubmissionDeadlines.Deadline due : deadlines.dueWithin(today, DAYS_BEFORE)) {
            long days = due.daysLeft(today);
            String title = due.fiscalYear() + "年度自评表提交截止日期为 " + due.dueDate()
                    + (days == 0 ? "（今天截止）" : "（还剩 " + days + " 天）");
            String body = "本部门还有 " + due.open() + " 个项目的自评表未提交。";
            String key = "deadline:" + due.departmentId() + ":" + due.fiscalYear() + ":" + due.dueDate() + ":" + days;
            for (String role : new String[] {"OFFICER", "HEAD"}) {
                sent += store.toRole(due.departmentId(), role, "DEADLINE", null, title, body, "/", key);
            }
        }
        return sent;
    }
}
