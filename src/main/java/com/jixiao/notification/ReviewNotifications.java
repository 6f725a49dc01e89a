package com.jixiao.notification;

import com.jixiao.sheet.workflow.SheetReviewed;
import lombok.RequiredArgsConstructor;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Turns each review step into notifications, in the transaction of the step itself (a plain {@link EventListener}):
 * the notification exists exactly when the step does. A submission goes to the department's heads; a return, an
 * approval and a reopening to its officers (填报人), who share the department's sheets.
 */
@Component
@RequiredArgsConstructor
class ReviewNotifications {

    private final NotificationStore store;

    @EventListener
    void on(SheetReviewed step) {
        String project = "「" + step.projectName() + "」（" + step.fiscalYear() + "年度）";
        String key = "review:" + step.reviewId();
        String sheet = "/sheets/" + step.sheetId();
        switch (step.action()) {
            case "SUBMIT" -> store.toRole(step.departmentId(), "HEAD", "SUBMIT", step.sheetId(),
                    project + "已提交，待您审核", "提交人：" + step.actorDisplayName(), sheet, key);
            case "RETURN" -> store.toRole(step.departmentId(), "OFFICER", "RETURN", step.sheetId(),
                    project + "被退回修改", "退回意见：" + step.comment(), sheet + "/edit#return-reason", key);
            case "APPROVE" -> store.toRole(step.departmentId(), "OFFICER", "APPROVE", step.sheetId(),
                    project + "已审核通过", "审核人：" + step.actorDisplayName(), sheet, key);
            case "REOPEN" -> store.toRole(step.departmentId(), "OFFICER", "REOPEN", step.sheetId(),
                    project + "已重新打开，请修改", "理由：" + step.comment(), sheet + "/edit#return-reason", key);
            default -> throw new IllegalArgumentException("unknown review action " + step.action());
        }
    }
}
