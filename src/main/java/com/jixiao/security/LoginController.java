package com.jixiao.security;

import jakarta.servlet.http.HttpSession;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.WebAttributes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;

@Controller
class LoginController {

    @GetMapping("/login")
    String login(@RequestParam(required = false) String error, @RequestParam(required = false) String logout,
                 HttpSession session, Model model) {
        if (error != null) {
            model.addAttribute("error", failureMessage(session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION)));
        }
        if (logout != null) {
            model.addAttribute("message", "您已安全退出。");
        }
        return "security/login";
    }

    private static String failureMessage(Object failure) {
        if (failure instanceof LockedException) {
            return "账户已锁定：连续 " + LoginAttempts.MAX_FAILURES + " 次密码错误，请 "
                    + LoginAttempts.LOCK_DURATION.toMinutes() + " 分钟后再试，或联系管理员解锁。";
        }
        if (failure instanceof DisabledException) {
            return "账户已停用，请联系管理员。";
        }
        return "用户名或密码错误。";
    }

    /** Where Spring Security forwards a request the user's role does not allow. */
    @RequestMapping("/access-denied")
    @ResponseStatus(HttpStatus.FORBIDDEN)
    String accessDenied() {
        return "error/403";
    }
}
