package com.jixiao.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jixiao.demo.DemoAccounts;
import com.jixiao.department.DepartmentRepository;
import com.jixiao.project.Project;
import com.jixiao.project.ProjectRepository;
import com.jixiao.scoring.RuleProfile;
import com.jixiao.scoring.RuleProfiles;
import com.jixiao.security.AppUserDetailsService;
import com.jixiao.sheet.ScoreSheetRepository;
import com.jixiao.support.IntegrationTest;
import com.jixiao.support.TestSheets;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Rules as data through the paths production takes: the stored shipped profiles, the administrator's pages and API
 * (every edit a new version, audited, bad input beside its field), the immutability of a stored version, a head's
 * rescore of a draft after seeing the differences, department/year defaults, and the help page.
 */
class RulesAsDataTest extends IntegrationTest {

    @Autowired MockMvc mvc;
    @Autowired AppUserDetailsService users;
    @Autowired JdbcTemplate jdbc;
    @Autowired RuleCatalog catalog;
    @Autowired TransactionTemplate tx;
    @Autowired DepartmentRepository departments;
    @Autowired ProjectRepository projects;
    @Autowired ScoreSheetRepository sheets;

    MockHttpServletResponse as(String username, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(user(users.loadUserByUsername(username))).with(csrf()))
                .andReturn().getResponse();
    }

    Document page(String username, String url) throws Exception {
        MockHttpServletResponse response = as(username, get(url));
        assertThat(response.getStatus()).as(url).isEqualTo(200);
        return Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
    }

    int newestVersion(String code) {
        return jdbc.queryForObject("select max(version) from rule_profile where code = ?", Integer.class, code);
    }

    MockHttpServletRequestBuilder profileForm(String code, RuleProfile base, Map<String, String> changes) {
        ProfileForm f = ProfileForm.from(base);
        Map<String, String> values = new java.util.LinkedHashMap<>();
        values.put("name", f.getName());
        values.put("reverseFormula", f.getReverseFormula());
        values.put("achievedPercent", f.getAchievedPercent());
        values.put("partialPercent", f.getPartialPercent());
        values.put("overshootPercent", f.getOvershootPercent());
        values.put("executionPercent", f.getExecutionPercent());
        values.put("fundsScale", f.getFundsScale());
        values.put("rowScale", f.getRowScale());
        values.put("excellentMin", f.getExcellentMin());
        values.put("goodMin", f.getGoodMin());
        values.put("fairMin", f.getFairMin());
        values.put("gradeNames", f.getGradeNames());
        values.put("source", f.getSource());
        values.put("baseVersion", String.valueOf(base.version()));
        if (base.overshootNeedsNote()) {
            values.put("overshootNeedsNote", "true");
        }
        if (base.qualitativeNoteRequired()) {
            values.put("qualitativeNoteRequired", "true");
        }
        values.putAll(changes);
        MockHttpServletRequestBuilder request = post("/admin/rules/profiles/" + code + "/edit");
        values.forEach((k, v) -> {
            if (v != null) {
                request.param(k, v);
            }
        });
        return request;
    }

    @Test
    void theStoredShippedProfilesAreTheScoringCoresOwn() {
        for (RuleProfile shipped : RuleProfiles.all()) {
            assertThat(catalog.profile(shipped.code(), 1)).as(shipped.code()).usingRecursiveComparison()
                    .withComparatorForType(BigDecimal::compareTo, BigDecimal.class).isEqualTo(shipped);
        }
        assertThat(catalog.defaultFor(null, 2021).code()).isEqualTo("national");
    }

    @Test
    void aStoredVersionCannotBeChangedByTheApplication() {
        assertThatThrownBy(() -> jdbc.update("update rule_profile set name = '改名' where code = 'national'"))
                .hasMessageContaining("rule_profile");
        assertThatThrownBy(() -> jdbc.update("delete from weight_template_category")).isNotNull();
        assertThat(catalog.profile("national", 1).name()).isEqualTo("全国默认（财预〔2020〕10号）");
    }

    @Test
    void onlyAdministratorsReachTheRulePages() throws Exception {
        assertThat(as("officer", get("/admin/rules")).getStatus()).isEqualTo(403);
        assertThat(as("head", post("/admin/rules/profiles/sichuan/edit")).getStatus()).isEqualTo(403);
        Document list = page("admin", "/admin/rules");
        assertThat(list.select("#profiles-table tr[data-code]").eachAttr("data-code"))
                .contains("national", "hebei", "guangxi", "sichuan");
        assertThat(list.select("#templates-table tr[data-code]").eachAttr("data-code"))
                .contains("default", "county-20-80", "with-cost", "no-satisfaction");
        assertThat(page("admin", "/admin/rules/profiles/guangxi").text()).contains("每个定性指标都须说明", "假设");
        assertThat(as("admin", get("/admin/rules/profiles/mars")).getStatus()).isEqualTo(404);
    }

    @Test
    void badSettingsAreRefusedBesideTheirFieldsWithTheInputKeptAndNothingSaved() throws Exception {
        RuleProfile base = catalog.newest("sichuan").orElseThrow();
        int before = newestVersion("sichuan");
        MockHttpServletResponse response = as("admin", profileForm("sichuan", base, Map.of(
                "achievedPercent", "八十", "partialPercent", "90", "excellentMin", "70", "gradeNames", "优/良",
                "fundsScale", "3", "overshootPercent", "99")));
        assertThat(response.getStatus()).isEqualTo(200);
        Document form = Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
        assertThat(form.select("#achievedPercent").val()).isEqualTo("八十");
        assertThat(form.select("#achievedPercent ~ .field-error").first().text()).contains("须填写数字");
        assertThat(form.select(".field-error").eachText()).anyMatch(t -> t.contains("良的下限不能高于优的下限"))
                .anyMatch(t -> t.contains("4 个互不相同的等级名称"))
                .anyMatch(t -> t.contains("保留小数位数须为 0、1 或 2"))
                .anyMatch(t -> t.contains("超额阈值须大于 100%"));
        assertThat(newestVersion("sichuan")).isEqualTo(before);
    }

    @Test
    void anEditIsANewVersionAuditedAndAStaleEditIsRefused() throws Exception {
        RuleProfile base = catalog.newest("sichuan").orElseThrow();
        MockHttpServletResponse saved = as("admin", profileForm("sichuan", base, Map.of(
                "executionPercent", "85", "gradeNames", "优秀/良好/合格/不合格")));
        assertThat(saved.getRedirectedUrl()).isEqualTo("/admin/rules/profiles/sichuan");
        RuleProfile next = catalog.newest("sichuan").orElseThrow();
        assertThat(next.version()).isEqualTo(base.version() + 1);
        assertThat(next.executionRateThreshold()).isEqualByComparingTo("0.85");
        assertThat(next.gradeNames()).containsExactly("优秀", "良好", "合格", "不合格");
        assertThat(catalog.profile("sichuan", base.version()).executionRateThreshold())
                .as("the old version unchanged").isEqualByComparingTo(base.executionRateThreshold());
        Map<String, Object> event = jdbc.queryForMap("""
                select username, before_json, after_json from audit_event where action = 'RULE_PROFILE_SAVE'
                and entity_id = 'sichuan' order by id desc limit 1""");
        assertThat(event.get("username")).isEqualTo("admin");
        assertThat(event.get("before_json").toString()).contains("\"执行率阈值\":\"" + ProfileForm.percent(
                base.executionRateThreshold()) + "%\"");
        assertThat(event.get("after_json").toString()).contains("\"执行率阈值\":\"85%\"", "优秀/良好/合格/不合格");
        assertThat(page("admin", "/audit").text()).contains("修改评分规则");

        // Saved from a form opened on the old version: refused, input kept, nothing saved.
        MockHttpServletResponse stale = as("admin", profileForm("sichuan", base, Map.of("executionPercent", "80")));
        Document form = Jsoup.parse(stale.getContentAsString(StandardCharsets.UTF_8));
        assertThat(form.select("#global-error").text()).contains("已有人保存了第 " + next.version() + " 版");
        assertThat(form.select("#executionPercent").val()).isEqualTo("80");
        assertThat(newestVersion("sichuan")).isEqualTo(next.version());
    }

    @Test
    void templatesAreEditedAsNewVersionsThatMustWeighOneHundred() throws Exception {
        var base = catalog.templates().stream().filter(t -> t.template().code().equals("no-satisfaction"))
                .findFirst().orElseThrow();
        MockHttpServletResponse refused = as("admin", post("/admin/rules/templates/no-satisfaction/edit")
                .param("name", "资金10 + 产出60/效益30（无满意度）").param("fundsWeight", "10")
                .param("baseVersion", String.valueOf(base.version()))
                .param("categories[0].name", "产出指标").param("categories[0].weight", "60")
                .param("categories[0].level2", "数量指标\n质量指标")
                .param("categories[1].name", "效益指标").param("categories[1].weight", "20")
                .param("categories[1].level2", "社会效益指标"));
        Document form = Jsoup.parse(refused.getContentAsString(StandardCharsets.UTF_8));
        assertThat(form.select("#fundsWeight ~ .field-error").first().text()).contains("合计为 90，应为 100");
        assertThat(form.select("input[name='categories[1].weight']").val()).isEqualTo("20");
        MockHttpServletResponse saved = as("admin", post("/admin/rules/templates/no-satisfaction/edit")
                .param("name", "资金10 + 产出60/效益30（无满意度）").param("fundsWeight", "10")
                .param("baseVersion", String.valueOf(base.version()))
                .param("categories[0].name", "产出指标").param("categories[0].weight", "60")
                .param("categories[0].level2", "数量指标\n质量指标")
                .param("categories[1].name", "效益指标").param("categories[1].weight", "30")
                .param("categories[1].level2", "社会效益指标、可持续影响指标"));
        assertThat(saved.getRedirectedUrl()).isEqualTo("/admin/rules/templates/no-satisfaction");
        var next = catalog.templates().stream().filter(t -> t.template().code().equals("no-satisfaction"))
                .findFirst().orElseThrow();
        assertThat(next.version()).isEqualTo(base.version() + 1);
        assertThat(next.template().categories().get(1).level2()).containsExactly("社会效益指标", "可持续影响指标");
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'WEIGHT_TEMPLATE_SAVE'",
                Long.class)).isPositive();
    }

    @Test
    void aDepartmentYearDefaultChoosesTheProfileOfNewSheets() throws Exception {
        Long department = departments.findByName(DemoAccounts.SEED_DEPARTMENT).orElseThrow().getId();
        MockHttpServletResponse bad = as("admin", post("/admin/rules/defaults")
                .param("departmentId", department.toString()).param("fiscalYear", "二〇七七").param("profileCode", "guangxi"));
        assertThat(Jsoup.parse(bad.getContentAsString(StandardCharsets.UTF_8)).select("#fiscalYear ~ .field-error")
                .text()).contains("年度须为 2000–2100");
        assertThat(as("admin", post("/admin/rules/defaults").param("departmentId", department.toString())
                .param("fiscalYear", "2077").param("profileCode", "guangxi")).getRedirectedUrl())
                .isEqualTo("/admin/rules");
        assertThat(catalog.defaultFor(department, 2077).code()).isEqualTo("guangxi");
        assertThat(catalog.defaultFor(department, 2021).code()).isEqualTo("national");

        Long projectId = tx.execute(s -> projects.save(new Project(departments.findById(department).orElseThrow(),
                2077, 9077, "默认规则测试项目")).getId());
        String created = as("officer", post("/projects/" + projectId + "/sheet").param("templateCode", "default"))
                .getRedirectedUrl();
        Long sheetId = Long.valueOf(created.replaceAll("\\D+", " ").strip().split(" ")[0]);
        assertThat(jdbc.queryForObject("select profile_code from score_sheet where id = ?", String.class, sheetId))
                .isEqualTo("guangxi");
        assertThat(page("officer", "/sheets/" + sheetId).select("#rules-help").attr("href"))
                .startsWith("/help/rules/guangxi/");
    }

    @Test
    void theSheetPageExplainsEachScoreAndLinksTheRulesOfItsVersion() throws Exception {
        Long sheetId = jdbc.queryForObject("""
                select s.id from score_sheet s join project p on p.id = s.project_id
                where p.name like '机关所站运转专项%' and p.fiscal_year = 2021""", Long.class);
        Document sheet = page("auditor", "/sheets/" + sheetId);
        assertThat(sheet.select("#funds-explanation").text()).isEqualTo(
                "预算执行率：58.762315/79 = 74.383%，得分 = 10 × 58.762315/79 = 7.44");
        assertThat(sheet.select(".indicator-row .explanation").eachText())
                .anyMatch(t -> t.equals("正向指标：实际 70% 未达到指标值 80%，得分 = 10 × 70/80 = 8.75"));
        assertThat(sheet.select("#rules-help").attr("href")).isEqualTo("/help/rules/national/1");
        assertThat(sheet.select("#rescore-link")).isEmpty();
        Document help = page("officer", "/help/rules/national/1");
        assertThat(help.select("#glossary").text()).contains("正向指标", "反向指标", "等于指标", "定性指标");
        assertThat(help.text()).contains("优：90", "线性扣分", "财预〔2020〕10号");
        assertThat(as("officer", get("/help/rules/national/99")).getStatus()).isEqualTo(404);
    }

    @Test
    void aHeadSeesTheDifferencesThenRescoresADraftButNeverASubmittedSheet() throws Exception {
        Long draft = TestSheets.newDraft(tx, departments, projects, sheets, DemoAccounts.SEED_DEPARTMENT);
        Long submitted = TestSheets.newDraft(tx, departments, projects, sheets, DemoAccounts.SEED_DEPARTMENT);
        int v = newestVersion("local-ratio");
        jdbc.update("update score_sheet set profile_code = 'local-ratio', profile_version = ? where id in (?, ?)", v,
                draft, submitted);
        // One row missed: funds 95 of 100 stay 9.5; ≥95% against 90% gives 50 × 90/95 = 47.37, whole points: 47.
        jdbc.update("""
                update indicator set actual_text = '90%' where sheet_id = ? and level = 3 and name = '产出指标完成率'""",
                draft);
        assertThat(as("officer", post("/sheets/" + submitted + "/submit")).getStatus()).isLessThan(400);
        assertThat(jdbc.queryForObject("select status from score_sheet where id = ?", String.class, submitted))
                .isEqualTo("SUBMITTED");

        RuleProfile base = catalog.newest("local-ratio").orElseThrow();
        assertThat(as("admin", profileForm("local-ratio", base, Map.of("rowScale", "0"))).getRedirectedUrl())
                .isNotNull();
        int next = newestVersion("local-ratio");

        assertThat(page("head", "/sheets/" + draft).select("#rescore-link").text()).contains("第 " + next + " 版");
        assertThat(page("head", "/sheets/" + submitted).select("#rescore-link")).isEmpty();
        assertThat(page("officer", "/sheets/" + draft).select("#rescore-link")).as("heads only").isEmpty();
        assertThat(as("officer", get("/sheets/" + draft + "/rescore")).getStatus()).isEqualTo(403);
        assertThat(as("head", get("/sheets/" + submitted + "/rescore")).getStatus()).isEqualTo(404);

        Document diff = page("head", "/sheets/" + draft + "/rescore");
        assertThat(diff.select("#total-before").text()).isEqualTo("96.87");
        assertThat(diff.select("#total-after").text()).isEqualTo("96.5");
        assertThat(diff.select("#rescore-rows tr.changed").text()).contains("47.37", "47");
        assertThat(jdbc.queryForObject("select profile_version from score_sheet where id = ?", Integer.class, draft))
                .as("looking changes nothing").isEqualTo(v);

        String sheetVersion = diff.select("input[name=sheetVersion]").val();
        assertThat(as("head", post("/sheets/" + draft + "/rescore").param("toVersion", String.valueOf(next))
                .param("sheetVersion", sheetVersion)).getRedirectedUrl()).isEqualTo("/sheets/" + draft);
        assertThat(jdbc.queryForObject("select profile_version from score_sheet where id = ?", Integer.class, draft))
                .isEqualTo(next);
        assertThat(jdbc.queryForObject("select profile_version from score_sheet where id = ?", Integer.class,
                submitted)).as("a submitted sheet keeps its rules").isEqualTo(v);
        assertThat(jdbc.queryForObject("select after_json from audit_event where action = 'SHEET_RESCORE'"
                + " and entity_id = ? order by id desc limit 1", String.class, draft.toString()))
                .contains("第 " + next + " 版");
        assertThat(page("head", "/sheets/" + draft).select("#total-computed").text()).isEqualTo("96.5");
    }

    @Test
    void theApiListsProfilesScoresByANamedOneAndLetsOnlyAdministratorsEdit() throws Exception {
        mvc.perform(get("/api/v1/rule-profiles").with(httpBasic("officer", "jixiao-demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].code").value("national"))
                .andExpect(jsonPath("$[0].settings.achievedPercent").value("80"))
                .andExpect(jsonPath("$[?(@.code == 'guangxi')].settings.qualitativeNoteRequired").value(true));
        mvc.perform(post("/api/v1/score").with(httpBasic("officer", "jixiao-demo"))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"profile": "guangxi", "indicators": [{"level1": "效益指标", "level2": "社会效益指标",
                                 "level3": "群众安全感", "target": "有效提升", "actual": "明显提升", "weight": 10,
                                 "enteredScore": 10, "answer": "ACHIEVED"},
                                 {"level1": "产出指标", "level3": "故障率", "target": "≤5%", "actual": "7%", "weight": 20}]}
                                """))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.profile").value("guangxi"))
                .andExpect(jsonPath("$.indicators[0].deviationNoteRequired").value(true))
                .andExpect(jsonPath("$.indicators[1].score").value(12))
                .andExpect(jsonPath("$.indicators[1].explanation")
                        .value("反向指标：实际 7% 超过 5%，得分 = 20 ×（1 − 2/5）= 12"));
        String body = """
                {"name": "河北", "reverseFormula": "LINEAR_TO_DOUBLE", "achievedPercent": "80", "partialPercent": "60",
                 "overshootPercent": "130", "overshootNeedsNote": true, "executionPercent": "90", "fundsScale": "%s",
                 "rowScale": "2", "excellentMin": "90", "goodMin": "80", "fairMin": "60", "gradeNames": "优秀/良好/中/差",
                 "source": "测试", "baseVersion": %d}""";
        int hebei = newestVersion("hebei");
        mvc.perform(put("/api/v1/rule-profiles/hebei").with(httpBasic("officer", "jixiao-demo"))
                        .contentType(MediaType.APPLICATION_JSON).content(body.formatted("2", hebei)))
                .andExpect(status().isForbidden());
        mvc.perform(put("/api/v1/rule-profiles/hebei").with(httpBasic("admin", "jixiao-demo"))
                        .contentType(MediaType.APPLICATION_JSON).content(body.formatted("7", hebei)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("settings.fundsScale"))
                .andExpect(jsonPath("$.message").value("保留小数位数须为 0、1 或 2"));
        assertThat(newestVersion("hebei")).isEqualTo(hebei);
        mvc.perform(put("/api/v1/rule-profiles/hebei").with(httpBasic("admin", "jixiao-demo"))
                        .contentType(MediaType.APPLICATION_JSON).content(body.formatted("0", hebei)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(hebei + 1))
                .andExpect(jsonPath("$.settings.fundsScale").value("0"));
        mvc.perform(put("/api/v1/rule-profiles/hebei").with(httpBasic("admin", "jixiao-demo"))
                        .contentType(MediaType.APPLICATION_JSON).content(body.formatted("0", hebei)))
                .andExpect(status().isConflict());
    }
}
