package com.jixiao.security.api;

import com.jixiao.security.ScopeGuard;
import com.jixiao.security.UserPrincipal;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequiredArgsConstructor
class MeController {

    private final ScopeGuard guard;

    public record Me(String username, String displayName, String role, String roleLabel, boolean allDepartments,
                     List<Long> departmentIds) {
    }

    /** Who the script is signed in as and which departments it may read. */
    @GetMapping("/api/v1/me")
    Me me() {
        UserPrincipal user = guard.currentUser().orElseThrow();
        return new Me(user.getUsername(), user.displayName(), user.role().name(), user.roleLabel(),
                user.scope().allDepartments(), user.scope().departmentIds().stream().sorted().toList());
    }
}
