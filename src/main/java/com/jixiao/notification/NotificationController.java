package com.jixiao.notification;

import com.jixiao.security.UserPrincipal;
import lombok.RequiredArgsConstructor;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The signed-in user's notifications: the list, and read/unread for one or all. */
@Controller
@RequiredArgsConstructor
class NotificationController {

    private final NotificationStore store;

    @GetMapping("/notifications")
    String list(@AuthenticationPrincipal UserPrincipal user, Model model) {
        model.addAttribute("items", store.latest(user.id()));
        return "notification/list";
    }

    @PostMapping("/notifications/{id}/read")
    String read(@AuthenticationPrincipal UserPrincipal user, @PathVariable Long id, RedirectAttributes redirect) {
        return mark(user, id, true, redirect);
    }

    @PostMapping("/notifications/{id}/unread")
    String unread(@AuthenticationPrincipal UserPrincipal user, @PathVariable Long id, RedirectAttributes redirect) {
        return mark(user, id, false, redirect);
    }

    @PostMapping("/notifications/read-all")
    String readAll(@AuthenticationPrincipal UserPrincipal user, RedirectAttributes redirect) {
        redirect.addFlashAttribute("message", "已将 " + store.markAllRead(user.id()) + " 条通知标为已读。");
        return "redirect:/notifications";
    }

    private String mark(UserPrincipal user, Long id, boolean read, RedirectAttributes redirect) {
        if (!store.mark(user.id(), id, read)) {
            redirect.addFlashAttribute("error", "没有这条通知。");
        }
        return "redirect:/notifications";
    }
}
