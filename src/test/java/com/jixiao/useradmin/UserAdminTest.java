package com.jixiao.useradmin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jixiao.demo.DemoAccounts;
import com.jixiao.department.DepartmentRepository;
import com.jixiao.security.AppUser;
import com.jixiao.security.AppUserDetailsService;
import com.jixiao.security.AppUserRepository;
import com.jixiao.security.Role;
import com.jixiao.support.IntegrationTest;
import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The administrators' user pages: list, create, edit role and scope, unlock. */
class UserAdminTest extends IntegrationTest {

    @Autowired MockMvc mvc;
    @Autowired AppUserDetailsService userDetails;
    @Autowired AppUserRepository users;
    @Autowired DepartmentRepository departments;
    @Autowired JdbcTemplate jdbc;

    UserDetails admin() {
        return userDetails.loadUserByUsername("admin");
    }

    Long exampleDepartment() {
        return departments.findByName(DemoAccounts.EXAMPLE_DEPARTMENT).orElseThrow().getId();
    }

    Document html(MockHttpServletRequestBuilder request, int expectedStatus) throws Exception {
        return Jsoup.parse(mvc.perform(request).andExpect(status().is(expectedStatus)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
    }

    @Test
    void onlyAdministratorsReachTheUserPages() throws Exception {
        Document list = html(get("/admin/users").with(user(admin())), 200);
        assertThat(list.select("#users-table tbody tr").eachAttr("data-username"))
                .contains("admin", "auditor", "head", "officer", "officer2");
        assertThat(list.select("#users-table tr[data-username=auditor]").text()).contains("审计", "全部部门");
        assertThat(list.select("#users-table tr[data-username=officer2]").text()).contains("示例部门");

        for (String role : new String[] {"officer", "head", "auditor"}) {
            mvc.perform(get("/admin/users").with(user(userDetails.loadUserByUsername(role))))
                    .andExpect(status().isForbidden());
        }
    }

    @Test
    void badInputShowsChineseMessagesNextToTheFieldsAndNo500() throws Exception {
        Document form = html(post("/admin/users/new").with(user(admin())).with(csrf())
                .param("username", "x").param("displayName", "").param("role", "HEAD").param("password", "short"), 200);

        assertThat(form.select(".field-error").eachText()).contains("用户名为 3–50 个字母、数字或 . _ -", "请填写姓名",
                "部门负责人必须选择所属预算部门");
        assertThat(form.select("#password + .field-error").text()).startsWith("密码至少 12 个字符");
        assertThat(form.select("input[name=username]").val()).isEqualTo("x");

        Document garbage = html(post("/admin/users/new").with(user(admin())).with(csrf())
                .param("username", "garbage-user").param("displayName", "某人").param("role", "KING")
                .param("departmentId", "abc").param("password", "long-enough-password"), 200);
        assertThat(garbage.select(".field-error").eachText()).contains("请选择有效的角色", "请选择有效的预算部门");

        Document auditor = html(post("/admin/users/new").with(user(admin())).with(csrf())
                .param("username", "auditor-none").param("displayName", "某审计").param("role", "AUDITOR")
                .param("password", "long-enough-password"), 200);
        assertThat(auditor.select(".field-error").eachText()).contains("请选择“全部部门”或至少一个预算部门");

        Document taken = html(post("/admin/users/new").with(user(admin())).with(csrf())
                .param("username", "OFFICER").param("displayName", "重名").param("role", "ADMIN")
                .param("password", "long-enough-password"), 200);
        assertThat(taken.select(".field-error").eachText()).contains("该用户名已被使用");
        assertThat(users.findByUsername("garbage-user")).isEmpty();
    }

    @Test
    void aCreatedUserSignsInAndAnEditChangesRoleAndScope() throws Exception {
        mvc.perform(post("/admin/users/new").with(user(admin())).with(csrf())
                        .param("username", "new-auditor").param("displayName", "新审计").param("role", "AUDITOR")
                        .param("auditDepartmentIds", exampleDepartment().toString())
                        .param("password", "Prüfer-审计-Kennwort").param("enabled", "true"))
                .andExpect(redirectedUrl("/admin/users"));
        AppUser created = users.findByUsername("new-auditor").orElseThrow();
        assertThat(created.getRole()).isEqualTo(Role.AUDITOR);
        assertThat(created.getAuditDepartmentIds()).containsExactly(exampleDepartment());
        mvc.perform(formLogin().user("new-auditor").password("Prüfer-审计-Kennwort")).andExpect(authenticated());

        Document edit = html(get("/admin/users/" + created.getId() + "/edit").with(user(admin())), 200);
        String version = edit.select("input[name=version]").val();
        mvc.perform(post("/admin/users/" + created.getId() + "/edit").with(user(admin())).with(csrf())
                        .param("username", "ignored").param("displayName", "新填报人").param("role", "OFFICER")
                        .param("departmentId", exampleDepartment().toString()).param("version", version)
                        .param("enabled", "true"))
                .andExpect(redirectedUrl("/admin/users"));
        AppUser edited = users.findByUsername("new-auditor").orElseThrow();
        assertThat(edited.getRole()).isEqualTo(Role.OFFICER);
        assertThat(edited.getDepartmentId()).isEqualTo(exampleDepartment());
        assertThat(edited.getAuditDepartmentIds()).isEmpty();
        assertThat(edited.getDisplayName()).isEqualTo("新填报人");

        // The same stale form again: a conflict message, the input kept, nothing saved.
        Document conflict = html(post("/admin/users/" + created.getId() + "/edit").with(user(admin())).with(csrf())
                .param("username", "new-auditor").param("displayName", "过期的修改").param("role", "ADMIN")
                .param("version", version), 200);
        assertThat(conflict.select("#global-error").text()).contains("已被他人修改");
        assertThat(conflict.select("input[name=displayName]").val()).isEqualTo("过期的修改");
        assertThat(users.findByUsername("new-auditor").orElseThrow().getRole()).isEqualTo(Role.OFFICER);

        assertThat(jdbc.queryForList("select action from audit_event where entity_type = 'AppUser' and entity_id = ? "
                        + "and action like 'USER_%' order by id", String.class, created.getId().toString()))
                .containsExactly("USER_CREATED", "USER_UPDATED");
        assertThat(jdbc.queryForObject("select after_json from audit_event where action = 'USER_UPDATED' "
                + "and entity_id = ?", String.class, created.getId().toString()))
                .contains("\"role\":\"OFFICER\"").doesNotContain("$2");
    }

    @Test
    void anAdministratorUnlocksALockedAccount() throws Exception {
        AppUser officer2 = users.findByUsername("officer2").orElseThrow();
        for (int i = 0; i < 5; i++) {
            mvc.perform(post("/login").with(csrf()).param("username", "officer2").param("password", "wrong-" + i));
        }
        mvc.perform(formLogin().user("officer2").password(DemoAccounts.PASSWORD)).andExpect(unauthenticated());
        Document list = html(get("/admin/users").with(user(admin())), 200);
        assertThat(list.select("form[action$=/users/" + officer2.getId() + "/unlock]")).hasSize(1);

        mvc.perform(post("/admin/users/" + officer2.getId() + "/unlock").with(user(admin())).with(csrf()))
                .andExpect(redirectedUrl("/admin/users"));

        assertThat(html(get("/admin/users").with(user(admin())), 200)
                .select("form[action$=/users/" + officer2.getId() + "/unlock]")).isEmpty();
        mvc.perform(formLogin().user("officer2").password(DemoAccounts.PASSWORD)).andExpect(authenticated());
    }

    @Test
    void anUnknownUserIdAnswers404() throws Exception {
        mvc.perform(get("/admin/users/99999999/edit").with(user(admin()))).andExpect(status().isNotFound());
        mvc.perform(get("/admin/users/abc/edit").with(user(admin()))).andExpect(status().isNotFound());
    }
}
