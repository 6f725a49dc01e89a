package com.jixiao.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jixiao.demo.DemoAccounts;
import com.jixiao.department.DepartmentRepository;
import com.jixiao.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** {@code /api/**}: HTTP Basic with the same users, JSON errors, never a login page. */
class ApiTest extends IntegrationTest {

    @Autowired MockMvc mvc;
    @Autowired DepartmentRepository departments;

    @Test
    void meAnswersNameRoleAndScope() throws Exception {
        Long example = departments.findByName(DemoAccounts.EXAMPLE_DEPARTMENT).orElseThrow().getId();

        mvc.perform(get("/api/v1/me").with(httpBasic("officer2", DemoAccounts.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.username").value("officer2"))
                .andExpect(jsonPath("$.role").value("OFFICER"))
                .andExpect(jsonPath("$.roleLabel").value("填报人"))
                .andExpect(jsonPath("$.allDepartments").value(false))
                .andExpect(jsonPath("$.departmentIds[0]").value(example));
        mvc.perform(get("/api/v1/me").with(httpBasic("auditor", DemoAccounts.PASSWORD)))
                .andExpect(jsonPath("$.role").value("AUDITOR"))
                .andExpect(jsonPath("$.allDepartments").value(true));
    }

    @Test
    void withoutOrWithWrongCredentialsTheAnswerIsJson401() throws Exception {
        mvc.perform(get("/api/v1/me").accept(MediaType.TEXT_HTML))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", "Basic realm=\"jixiao\", charset=\"UTF-8\""))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.status").value(401))
                .andExpect(jsonPath("$.error").value("Unauthorized"))
                .andExpect(jsonPath("$.message").isNotEmpty());
        mvc.perform(get("/api/v1/me").with(httpBasic("admin", "not-the-password")))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.status").value(401));
        mvc.perform(post("/api/v1/me")).andExpect(status().isUnauthorized()).andExpect(jsonPath("$.status").value(401));
    }

    @Test
    void aRoleThatMayNotAnswersJson403() throws Exception {
        mvc.perform(get("/api/v1/audit/verify").with(httpBasic("officer", DemoAccounts.PASSWORD)))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.status").value(403))
                .andExpect(jsonPath("$.error").value("Forbidden"));
        mvc.perform(get("/api/v1/audit/verify").with(httpBasic("auditor", DemoAccounts.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.intact").value(true));
    }

    @Test
    void anUnknownAddressAnswersJson404() throws Exception {
        mvc.perform(get("/api/v1/no-such-thing").with(httpBasic("officer", DemoAccounts.PASSWORD))
                        .accept(MediaType.TEXT_HTML, MediaType.ALL))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.status").value(404))
                .andExpect(jsonPath("$.error").value("Not Found"))
                .andExpect(jsonPath("$.message").value("没有这个接口。"));
    }

    @Test
    void theApiIgnoresBrowserSessionsAndNeedsNoCsrf() throws Exception {
        MockHttpSession session = (MockHttpSession) mvc.perform(formLogin().user("officer")
                .password(DemoAccounts.PASSWORD)).andReturn().getRequest().getSession();

        mvc.perform(get("/api/v1/me").session(session)).andExpect(status().isUnauthorized());
        String body = mvc.perform(post("/api/v1/me").with(httpBasic("officer", DemoAccounts.PASSWORD)))
                .andReturn().getResponse().getContentAsString();
        // A method the endpoint does not take is answered by the JSON fallback, never by an HTML page.
        assertThat(body).doesNotContain("<html").contains("\"status\":404");
    }
}
