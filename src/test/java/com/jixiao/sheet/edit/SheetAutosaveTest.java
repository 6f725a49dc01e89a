package com.jixiao.sheet.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jixiao.sheet.Indicator;
import com.jixiao.sheet.ScoreSheetRepository;
import com.jixiao.support.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 19.5 and 19.6 through MockMvc: the editor's autosave endpoint (saves like 保存草稿, refuses a stale version
 * and bad input without saving anything, and writes no audit entry when nothing changed), and moving 三级 rows
 * between 二级 and reordering 二级 without JavaScript, as saved.
 */
@Import(EditorFixtures.class)
@WithUserDetails("officer")
class SheetAutosaveTest extends IntegrationTest {

    @Autowired MockMvc mvc;
    @Autowired EditorFixtures fixtures;
    @Autowired ScoreSheetRepository sheets;
    @Autowired JdbcTemplate jdbc;

    EditorSession session() throws Exception {
        return new EditorSession(mvc, fixtures.draftSheet(2029));
    }

    /** Posts the page's current fields to the autosave endpoint, as static/js/autosave.js does. */
    private MockHttpServletResponse autosave(EditorSession s) throws Exception {
        MockHttpServletRequestBuilder request = post("/sheets/" + s.sheetId + "/edit/autosave").with(csrf());
        s.fields.forEach(request::param);
        return mvc.perform(request).andReturn().getResponse();
    }

    private static JsonNode json(MockHttpServletResponse response) throws Exception {
        return JsonMapper.builder().build().readTree(response.getContentAsString(StandardCharsets.UTF_8));
    }

    private long version(EditorSession s) {
        return sheets.findById(s.sheetId).orElseThrow().getVersion();
    }

    private int saveEvents(EditorSession s) {
        return jdbc.queryForObject("select count(*) from audit_event where entity_type = 'ScoreSheet' and entity_id = ?"
                + " and action = 'SHEET_SAVE'", Integer.class, String.valueOf(s.sheetId));
    }

    @Test
    void anAutosaveSavesLikeSaveDraftAndAnUnchangedOneWritesNothing() throws Exception {
        EditorSession s = session();
        int row = s.addRow("数量指标");
        s.row(row, "巡逻次数", "≥100次", "120次", "20").set("expectedGoal", "自动保存的预期目标");
        long before = version(s);

        MockHttpServletResponse saved = autosave(s);

        assertThat(saved.getStatus()).isEqualTo(200);
        JsonNode answer = json(saved);
        assertThat(answer.get("status").asString()).isEqualTo("saved");
        assertThat(answer.get("message").asString()).matches("已自动保存 \\d{2}:\\d{2}");
        assertThat(answer.get("version").asLong()).isEqualTo(version(s)).isGreaterThan(before);
        assertThat(sheets.findById(s.sheetId).orElseThrow().getExpectedGoal()).isEqualTo("自动保存的预期目标");
        assertThat(sheets.findIndicators(s.sheetId)).filteredOn(i -> i.getLevel() == 3)
                .extracting(Indicator::getName).containsExactly("巡逻次数");
        assertThat(saveEvents(s)).isEqualTo(1);

        // The page keeps its input and sends the next autosave with the new version: nothing changed, nothing written.
        long after = answer.get("version").asLong();
        // The stored row now has an id: the page learns it on its next load; without it the row would be new.
        s.open();
        s.set("rows[0].weight", "20.00");
        JsonNode unchanged = json(autosave(s));
        assertThat(unchanged.get("status").asString()).isEqualTo("unchanged");
        assertThat(unchanged.get("version").asLong()).isEqualTo(after);
        assertThat(version(s)).isEqualTo(after);
        assertThat(saveEvents(s)).isEqualTo(1);

        // 保存草稿 right after an autosave builds on its version: no conflict with oneself.
        s.open().set("actualResult", "手动保存");
        s.press("save");
        assertThat(s.last.getRedirectedUrl()).endsWith("/edit?saved");
        assertThat(saveEvents(s)).isEqualTo(2);
    }

    @Test
    void anAutosaveOverSomeoneElsesNewerVersionIsRefusedAndSavesNothing() throws Exception {
        EditorSession s = session();
        s.set("expectedGoal", "我的输入");
        // Someone else, in another tab, saves first.
        new EditorSession(mvc, s.sheetId).set("expectedGoal", "他人先保存").press("save");
        long theirs = version(s);

        MockHttpServletResponse refused = autosave(s);

        assertThat(refused.getStatus()).isEqualTo(409);
        JsonNode answer = json(refused);
        assertThat(answer.get("status").asString()).isEqualTo("conflict");
        assertThat(answer.get("message").asString()).contains("其他人保存了这张表", "您的输入仍在本页", "保存草稿");
        assertThat(version(s)).isEqualTo(theirs);
        assertThat(sheets.findById(s.sheetId).orElseThrow().getExpectedGoal()).isEqualTo("他人先保存");
        assertThat(saveEvents(s)).isEqualTo(1);
    }

    @Test
    void badInputIsRefusedNamingTheBlockingFieldsAndNothingIsSaved() throws Exception {
        EditorSession s = session();
        int row = s.addRow("数量指标");
        s.row(row, "巡逻次数", "≥100次", "120次", "十分").set("expectedGoal", "有效的目标").set("funds[0].executed", "-3");
        long before = version(s);

        MockHttpServletResponse refused = autosave(s);

        assertThat(refused.getStatus()).isEqualTo(422);
        JsonNode answer = json(refused);
        assertThat(answer.get("status").asString()).isEqualTo("invalid");
        assertThat(answer.get("message").asString()).contains("未自动保存", "2 处填写有误", "仍在本页");
        List<String> fields = answer.get("errors").valueStream().map(e -> e.get("fieldId").asString()).toList();
        assertThat(fields).containsExactlyInAnyOrder("r" + row + "-weight", "funds-APPROPRIATION-executed");
        assertThat(answer.get("errors").valueStream().map(e -> e.get("message").asString()))
                .anyMatch(m -> m.contains("十分")).anyMatch(m -> m.contains("负数"));
        // Not even the valid parts were written.
        assertThat(version(s)).isEqualTo(before);
        assertThat(sheets.findById(s.sheetId).orElseThrow().getExpectedGoal()).isNull();
        assertThat(sheets.findIndicators(s.sheetId)).noneMatch(i -> i.getLevel() == 3);
        assertThat(saveEvents(s)).isZero();
    }

    @Test
    void aSubmittedSheetIsNotAutosaved() throws Exception {
        EditorSession s = session().fillComplete();
        java.util.Map<String, String> typed = new java.util.HashMap<>(s.fields);
        s.press("submit");
        assertThat(s.last.getRedirectedUrl()).endsWith("/edit?submitted");
        long before = version(s);
        // A second tab still open on the draft autosaves after the submit.
        s.fields = typed;

        MockHttpServletResponse refused = autosave(s);

        assertThat(refused.getStatus()).isEqualTo(409);
        assertThat(json(refused).get("message").asString()).contains("自动保存已停止", "已提交");
        assertThat(version(s)).isEqualTo(before);
    }

    @Test
    void aRowMovesToAnotherLevel2AndLevel2AreReorderedWithoutJavaScriptAsSaved() throws Exception {
        EditorSession s = session();
        int a = s.addRow("数量指标");
        s.set("rows[" + a + "].name", "甲");
        int b = s.addRow("数量指标");
        s.set("rows[" + b + "].name", "乙");
        s.press("save");
        int saveEvents = saveEvents(s);

        // 甲 goes to 质量指标: choose it in its row's 所属二级指标 and press 移至; it shows there at once.
        String quality = level2Id(s, "质量指标");
        s.set("rows[0].level2Id", quality).press("move:0");
        assertThat(s.page.select("#notice").text()).contains("保存后生效");
        assertThat(rowsUnder(s, "质量指标")).containsExactly("甲");
        assertThat(rowsUnder(s, "数量指标")).containsExactly("乙");

        // 质量指标 moves above 数量指标 within 产出指标.
        s.press("l2up:" + quality);
        assertThat(level2Order(s)).startsWith("质量指标", "数量指标");
        // 乙 goes to 社会效益指标, under another 一级: the template allows any 二级 of the sheet.
        int yi = rowIndex(s, "乙");
        s.set("rows[" + yi + "].level2Id", level2Id(s, "社会效益指标"));
        s.press("save");
        assertThat(s.last.getRedirectedUrl()).endsWith("/edit?saved");

        // Stored as posted: the reloaded page and the database agree.
        assertThat(level2Order(s)).startsWith("质量指标", "数量指标");
        assertThat(rowsUnder(s, "质量指标")).containsExactly("甲");
        assertThat(rowsUnder(s, "社会效益指标")).containsExactly("乙");
        List<Indicator> stored = sheets.findIndicators(s.sheetId);
        assertThat(stored).filteredOn(i -> i.getLevel() == 3)
                .allSatisfy(i -> assertThat(i.getParent().getName()).isEqualTo(
                        i.getName().equals("甲") ? "质量指标" : "社会效益指标"));
        assertThat(stored).filteredOn(i -> i.getLevel() == 2 && i.getName().equals("质量指标"))
                .singleElement().extracting(Indicator::getPosition).isEqualTo(0);
        // The trail shows the move.
        assertThat(saveEvents(s)).isEqualTo(saveEvents + 1);
        String after = jdbc.queryForObject("select after_json from audit_event where entity_type = 'ScoreSheet'"
                + " and entity_id = ? order by id desc limit 1", String.class, String.valueOf(s.sheetId));
        assertThat(after).contains("\"under\":\"质量指标\"");
    }

    @Test
    void aLevel2OfAnotherLevel1IsRefusedAsAConflictAndNothingIsSaved() throws Exception {
        EditorSession s = session();
        s.set("expectedGoal", "不应保存");
        // A tampered post puts 数量指标 under 效益指标: the template fixes which 一级 a 二级 belongs to.
        String benefit = s.fields.entrySet().stream().filter(e -> e.getKey().matches("level1\\[\\d+]\\.name")
                && e.getValue().equals("效益指标")).findFirst().orElseThrow().getKey().replace(".name", ".id");
        String quantity = s.fields.entrySet().stream().filter(e -> e.getKey().matches("level2\\[\\d+]\\.name")
                && e.getValue().equals("数量指标")).findFirst().orElseThrow().getKey().replace(".name", ".level1Id");
        s.set(quantity, s.fields.get(benefit));
        long before = version(s);

        MockHttpServletResponse refused = autosave(s);

        assertThat(refused.getStatus()).isEqualTo(409);
        assertThat(version(s)).isEqualTo(before);
        assertThat(sheets.findById(s.sheetId).orElseThrow().getExpectedGoal()).isNull();
    }

    private static String level2Id(EditorSession s, String name) {
        return s.page.selectFirst("button.add-row[data-level2=" + name + "]").attr("value").substring("add:".length());
    }

    private static List<String> level2Order(EditorSession s) {
        return s.page.select("tr.l2-row th").eachText();
    }

    private static int rowIndex(EditorSession s, String name) {
        return s.page.select("tr.indicator-row").stream()
                .filter(tr -> tr.selectFirst("textarea[name$=.name]").text().equals(name))
                .map(tr -> Integer.parseInt(tr.id().substring("row-".length()))).findFirst().orElseThrow();
    }

    /** The names of the rows the page shows under a 二级 header. */
    private static List<String> rowsUnder(EditorSession s, String level2) {
        List<String> names = new java.util.ArrayList<>();
        boolean inGroup = false;
        for (var tr : s.page.select("#indicator-table tr")) {
            if (tr.hasClass("l2-row") || tr.hasClass("l1-row")) {
                inGroup = tr.hasClass("l2-row") && tr.selectFirst("th").text().equals(level2);
            } else if (inGroup && tr.hasClass("indicator-row")) {
                names.add(tr.selectFirst("textarea[name$=.name]").text());
            }
        }
        return names;
    }
}
