package com.jixiao.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jixiao.sheet.edit.EditorFixtures;
import com.jixiao.support.IntegrationTest;
import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Department, office and project maintenance: validation beside the fields, uniqueness, search. */
@Import(EditorFixtures.class)
@WithUserDetails("admin")
class ProjectAdminTest extends IntegrationTest {

    @Autowired MockMvc mvc;
    @Autowired EditorFixtures fixtures;

    MockHttpServletResponse perform(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse();
    }

    Document page(MockHttpServletResponse response) throws Exception {
        return Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
    }

    @Test
    void aCodeUsedInTheSameYearIsAFieldErrorNotA500() throws Exception {
        Long department = fixtures.department();
        String code = EditorFixtures.unique("DUP").toUpperCase();
        fixtures.project(department, 2030, code, "第一个项目");

        MockHttpServletResponse response = perform(post("/projects").with(csrf()).param("departmentId", department.toString())
                .param("fiscalYear", "2030").param("code", code).param("name", "第二个项目"));

        assertThat(response.getStatus()).isEqualTo(200);
        Document form = page(response);
        assertThat(form.select("#code + .field-error").text()).contains(code, "2030", "第一个项目");
        assertThat(form.select("#name").attr("value")).isEqualTo("第二个项目");
        // The same code in another year is a different project-year and allowed.
        MockHttpServletResponse nextYear = perform(post("/projects").with(csrf()).param("departmentId", department.toString())
                .param("fiscalYear", "2031").param("code", code).param("name", "第一个项目"));
        assertThat(nextYear.getStatus()).isEqualTo(302);
    }

    @Test
    void badValuesGetChineseMessagesBesideTheirFields() throws Exception {
        MockHttpServletResponse response = perform(post("/projects").with(csrf()).param("fiscalYear", "20x1")
                .param("code", "含中文").param("name", "").param("departmentId", "abc").param("contact", "x".repeat(201)));

        Document form = page(response);
        assertThat(form.select("#fiscalYear + .field-error").text()).contains("四位数字");
        assertThat(form.select("#code + .field-error").text()).contains("只能包含字母");
        assertThat(form.select("#name + .field-error").text()).isEqualTo("请填写项目名称");
        assertThat(form.select("#departmentId + .field-error").text()).isEqualTo("请选择有效的预算部门");
        assertThat(form.select("#contact + .field-error").text()).contains("200");
        assertThat(form.select("#fiscalYear").attr("value")).isEqualTo("20x1");
    }

    @Test
    void projectsAreFoundByNameOrCodeWithinAYear() throws Exception {
        Long department = fixtures.department();
        String code = EditorFixtures.unique("FIND").toUpperCase();
        Long id = fixtures.project(department, 2030, code, "<b>交通</b>监控运维");
        fixtures.project(department, 2029, code, "交通监控运维");

        Document byCode = page(perform(get("/projects").param("year", "2030").param("q", code.toLowerCase())));
        Document byName = page(perform(get("/projects").param("year", "2030").param("q", "监控运维")
                .param("departmentId", department.toString())));
        MockHttpServletResponse badYear = perform(get("/projects").param("year", "abc"));

        assertThat(byCode.select("#project-table tbody tr")).hasSize(1);
        assertThat(byCode.select("#project-table tbody tr").attr("data-project-id")).isEqualTo(id.toString());
        assertThat(byName.select("#project-table tbody tr").text()).contains("<b>交通</b>监控运维");
        assertThat(byName.select("#project-table tbody b")).isEmpty();
        // An administrator maintains projects but does not fill in sheets: no 新建自评表 that would answer 403.
        assertThat(byName.select("#project-table a[href=/projects/" + id + "]").text()).isEqualTo("编辑项目");
        assertThat(byName.select("#project-table a.new-sheet")).isEmpty();
        assertThat(badYear.getStatus()).isEqualTo(200);
    }

    @Test
    void departmentsAndOfficesAreCreatedRenamedAndKeptUnique() throws Exception {
        String name = EditorFixtures.unique("部门");
        String created = perform(post("/departments").with(csrf()).param("name", name).param("shortName", "简"))
                .getRedirectedUrl();
        assertThat(created).matches("/departments/\\d+\\?saved");
        String base = created.substring(0, created.indexOf('?'));

        Document duplicate = page(perform(post("/departments").with(csrf()).param("name", name)));
        assertThat(duplicate.select("#name + .field-error").text()).contains("已有名为");

        assertThat(perform(post(base + "/offices").with(csrf()).param("name", "法制大队")).getStatus()).isEqualTo(302);
        Document twice = page(perform(post(base + "/offices").with(csrf()).param("name", "法制大队")));
        assertThat(twice.select("#office-name + .field-error").text()).contains("本部门已有");
        assertThat(page(perform(get(base))).select("#office-list li").text()).contains("法制大队");

        Document stale = page(perform(post(base).with(csrf()).param("name", name + "改").param("version", "99")));
        assertThat(stale.select(".form-error").text()).contains("已被他人修改");
        assertThat(stale.select("#name").attr("value")).isEqualTo(name + "改");

        Document found = page(perform(get("/departments").param("q", name)));
        assertThat(found.select("#department-table tbody tr")).hasSize(1);
    }
}
