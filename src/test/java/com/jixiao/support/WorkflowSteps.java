package com.jixiao.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import com.jixiao.security.AppUserDetailsService;
import com.jixiao.security.UserPrincipal;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Workflow buttons pressed through the real controllers (submit, return, approve, reopen …), as a given user. */
@Component
public class WorkflowSteps {

    // A provider: test contexts without MockMvc (plain @SpringBootTest) scan this class too.
    private final ObjectProvider<MockMvc> mvc;
    private final AppUserDetailsService userDetails;

    WorkflowSteps(ObjectProvider<MockMvc> mvc, AppUserDetailsService userDetails) {
        this.mvc = mvc;
        this.userDetails = userDetails;
    }

    /** The user as the application signs them in (role, department, scope). */
    public UserPrincipal as(String username) {
        return (UserPrincipal) userDetails.loadUserByUsername(username);
    }

    /**
     * POSTs {@code /sheets/{id}/{action}} with CSRF and the given name/value pairs, and expects the redirect back to
     * the sheet page that every workflow step answers with.
     */
    public ResultActions act(String username, Long sheetId, String action, String... params) throws Exception {
        MockHttpServletRequestBuilder request = post("/sheets/" + sheetId + "/" + action).with(user(as(username)))
                .with(csrf());
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        return mvc.getObject().perform(request).andExpect(redirectedUrl("/sheets/" + sheetId));
    }
}
