package com.jixiao.security;

import org.springframework.http.HttpStatus;
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
                 @RequestParam(required = false) String expired, @RequestParam(required = false) String busy,
                 Model model) {
        if (error != null) {
            model.addAttribute("error", LoginAttempts.FAILURE_MESSAGE);
        }
        if (busy != null) {
            model.addAttribute("error", SignInGate.BUSY_MESSAGE);
        }
        if (logout != null) {
            model.addAttribute("message", "您已安全退出。");
        }
        if (expired != null) {
            model.addAttribute("error", "登录已超时，刚才的操作没有执行。请重新登录：登录后将回到原页面，"
                    + "本浏览器保留了您填写的内容，可在页面上方恢复。");
        }
        return "security/login";
    }

    /** The idle-timeout warning's "继续工作": any request keeps the session alive; this one does nothing else. */
    @GetMapping("/session/ping")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void ping() {
    }

    /** Where Spring Security forwards a request the user's role does not allow. */
    @RequestMapping("/access-denied")
    @ResponseStatus(HttpStatus.FORBIDDEN)
    String accessDenied() {
        return "error/403";
    }
}
