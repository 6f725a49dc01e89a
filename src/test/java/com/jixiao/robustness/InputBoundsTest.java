package com.jixiao.robustness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jixiao.demo.DemoAccounts;
import com.jixiao.department.DepartmentRepository;
import com.jixiao.project.ProjectRepository;
import com.jixiao.sheet.ScoreSheet;
import com.jixiao.sheet.ScoreSheetRepository;
import com.jixiao.support.IntegrationTest;
import com.jixiao.support.TestSheets;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The attacks of issue 12 replayed: each answered in milliseconds with a message naming the field. */
class InputBoundsTest extends IntegrationTest {

    /** Generous for a shared, loaded machine; before, these requests took 2.5 s to minutes. */
    private static final long FAST_NANOS = 1_000_000_000L;

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;
    @Autowired TransactionTemplate tx;
    @Autowired DepartmentRepository departments;
    @Autowired ProjectRepository projects;
    @Autowired ScoreSheetRepository sheets;
    @Autowired JsonMapper json;

    private JsonNode score(String body, int status) throws Exception {
        long start = System.nanoTime();
        // A signed-in principal rather than HTTP Basic: the BCrypt check is not what is measured.
        MockHttpServletResponse response = mvc.perform(post("/api/v1/score").with(user(users.loadUserByUsername("officer")))
                .contentType(MediaType.APPLICATION_JSON).content(body)).andReturn().getResponse();
        long elapsed = System.nanoTime() - start;
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(status);
        assertThat(elapsed).as("took " + elapsed / 1_000_000 + " ms").isLessThan(FAST_NANOS);
        assertThat(response.getContentAsByteArray().length).isLessThan(4096);
        return json.readTree(response.getContentAsString(StandardCharsets.UTF_8));
    }

    @Test
    void hugeExponentsAreRefusedWhileTheJsonIsRead() throws Exception {
        // Before: 1e200000 took 10.8 s and answered 2.2 MB; 1e10000000 kept a core busy for 260 s.
        for (String weight : new String[] {"1e200000", "1e10000000", "1e400", "100.01", "12345678901234567890"}) {
            JsonNode answer = score("{\"funds\": {\"annualBudget\": 79, \"executed\": 50, \"weight\": " + weight + "}}", 400);
            assertThat(answer.get("field").asString()).isEqualTo("funds.weight");
            assertThat(answer.get("message").asString()).isEqualTo("字段 funds.weight：分值不能超过 100");
        }
        // Before: a 40 MB answer.
        JsonNode total = score("{\"enteredTotal\": 1e10000000}", 400);
        assertThat(total.get("field").asString()).isEqualTo("enteredTotal");
        JsonNode tiny = score("{\"funds\": {\"executed\": 1e-10000000}}", 400);
        assertThat(tiny.get("message").asString()).isEqualTo("字段 funds.executed：金额以万元为单位，最多 6 位小数");
    }

    @Test
    void negativeAmountsAndWeightsAreRefused() throws Exception {
        // Before: a score of −10 came back.
        JsonNode row = score("""
                {"indicators": [{"level1": "产出指标", "level3": "x", "target": "≥1", "actual": "1", "weight": -10}]}""", 400);
        assertThat(row.get("field").asString()).isEqualTo("indicators[0].weight");
        assertThat(row.get("message").asString()).contains("分值不能为负数");
        JsonNode budget = score("{\"funds\": {\"annualBudget\": -79, \"executed\": 50, \"weight\": 10}}", 400);
        assertThat(budget.get("field").asString()).isEqualTo("funds.annualBudget");
        assertThat(budget.get("message").asString()).contains("金额不能为负数");
    }

    @Test
    void amountsAndScoresInRangeStillScore() throws Exception {
        JsonNode answer = score("""
                {"funds": {"annualBudget": "79", "executed": 58.762315, "weight": 1e1},
                 "indicators": [{"level1": "产出指标", "level3": "x", "target": "≥1", "actual": "1", "weight": 90}],
                 "fiscalYear": 2021}""", 200);
        assertThat(answer.get("funds").get("score").decimalValue()).isEqualByComparingTo("7.44");
        assertThat(answer.get("total").decimalValue()).isEqualByComparingTo("97.44");
    }

    @Test
    void longTextsManyRowsAndImpossibleYearsAreRefusedBeforeScoring() throws Exception {
        // Before: a 1 MB 实际完成值 kept the target parser busy for more than 30 s.
        JsonNode actual = score("{\"indicators\": [{\"level1\": \"产出指标\", \"actual\": \"" + "1".repeat(1_000_000)
                + "\", \"weight\": 10}]}", 400);
        assertThat(actual.get("field").asString()).isEqualTo("indicators[0].actual");
        assertThat(actual.get("message").asString()).isEqualTo("字段 indicators[0].actual 最多 500 个字，当前 1000000 个字");
        String row = "{\"level1\": \"产出指标\", \"weight\": 0}";
        JsonNode rows = score("{\"indicators\": [" + String.join(",", java.util.Collections.nCopies(301, row)) + "]}", 400);
        assertThat(rows.get("field").asString()).isEqualTo("indicators");
        JsonNode year = score("{\"fiscalYear\": 2147483647}", 400);
        assertThat(year.get("field").asString()).isEqualTo("fiscalYear");
    }

    // ------------------------------------------------------------------ forms

    @Test
    void aNulInASearchIsIgnoredNotA500() throws Exception {
        // Before: 500 (PostgreSQL refuses NUL in text).
        for (String[] asAndPage : new String[][] {{"officer", "/projects?q=%00"}, {"admin", "/departments?q=%00"},
                {"officer", "/projects?q=%E5%B7%A1%00%E9%80%BB"}, {"auditor", "/audit?username=%00"}}) {
            MockHttpServletResponse response = mvc.perform(get(asAndPage[1])
                    .with(user(users.loadUserByUsername(asAndPage[0])))).andReturn().getResponse();
            assertThat(response.getStatus()).as(asAndPage[1]).isEqualTo(200);
        }
    }

    /** Before: /projects?q= with 1 MB of text took 38 s (a LIKE pattern of 1 MB against every project). */
    @Test
    void aSearchLongerThanAnyNameAnswersAtOnce() throws Exception {
        String q = "汉".repeat((1 << 20) / 3);
        for (String[] asAndPage : new String[][] {{"officer", "/projects"}, {"admin", "/departments"}}) {
            long start = System.nanoTime();
            MockHttpServletResponse response = mvc.perform(get(asAndPage[1]).param("q", q)
                    .with(user(users.loadUserByUsername(asAndPage[0])))).andReturn().getResponse();
            long elapsed = System.nanoTime() - start;
            assertThat(response.getStatus()).isEqualTo(200);
            assertThat(elapsed).as(asAndPage[1] + " took " + elapsed / 1_000_000 + " ms").isLessThan(FAST_NANOS);
        }
    }

    @Test
    void aNulInASheetFieldIsRemovedAndTheRestSaved() throws Exception {
        Long sheetId = TestSheets.newDraft(tx, departments, projects, sheets, DemoAccounts.SEED_DEPARTMENT);
        Map<String, String> form = editorForm(sheetId);
        form.put("expectedGoal", "按期\u0000完成\u0007建设");

        MockHttpServletResponse response = postEditor(sheetId, form);

        assertThat(response.getStatus()).isEqualTo(302);
        assertThat(sheets.findById(sheetId).orElseThrow().getExpectedGoal()).isEqualTo("按期完成建设");
    }

    /** Before: three rows of 999999999999 (each valid alone) overflowed numeric(18,6) in 年度资金总额: a 500. */
    @Test
    void fundsRowsWhoseSumOverflowsAreRefusedBesideTheFieldAndNothingIsSaved() throws Exception {
        Long sheetId = TestSheets.newDraft(tx, departments, projects, sheets, DemoAccounts.SEED_DEPARTMENT);
        long versionBefore = sheets.findById(sheetId).orElseThrow().getVersion();
        Map<String, String> form = editorForm(sheetId);
        for (int k = 0; k < 3; k++) {
            form.put("funds[" + k + "].annualBudget", "999999999999");
        }
        form.put("expectedGoal", "不应保存");

        MockHttpServletResponse response = postEditor(sheetId, form);

        assertThat(response.getStatus()).isEqualTo(422);
        Document page = Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
        Element input = page.getElementById("funds-OTHER-annualBudget");
        assertThat(input.attr("value")).isEqualTo("999999999999");
        assertThat(input.nextElementSibling().text())
                .isEqualTo("年度资金总额（三行之和）过大（以万元为单位，最多 12 位整数），请核对各行金额");
        ScoreSheet stored = sheets.findById(sheetId).orElseThrow();
        assertThat(stored.getVersion()).isEqualTo(versionBefore);
        assertThat(stored.getExpectedGoal()).isNotEqualTo("不应保存");
    }

    private Map<String, String> editorForm(Long sheetId) throws Exception {
        Document page = Jsoup.parse(mvc.perform(get("/sheets/" + sheetId + "/edit").with(user(users.loadUserByUsername("officer"))))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        Map<String, String> fields = new LinkedHashMap<>();
        for (Element input : page.select("#sheet-form input[name], #sheet-form textarea[name], #sheet-form select[name]")) {
            if (input.tagName().equals("textarea")) {
                fields.put(input.attr("name"), input.wholeText());
            } else if (input.tagName().equals("select")) {
                Element selected = input.selectFirst("option[selected]");
                fields.put(input.attr("name"), selected == null ? "" : selected.attr("value"));
            } else if (!input.attr("type").equals("radio") || input.hasAttr("checked")) {
                fields.put(input.attr("name"), input.attr("value"));
            }
        }
        return fields;
    }

    private MockHttpServletResponse postEditor(Long sheetId, Map<String, String> fields) throws Exception {
        MockHttpServletRequestBuilder request = post("/sheets/" + sheetId + "/edit").with(csrf())
                .with(user(users.loadUserByUsername("officer"))).param("action", "save");
        fields.forEach(request::param);
        return mvc.perform(request).andReturn().getResponse();
    }
}
