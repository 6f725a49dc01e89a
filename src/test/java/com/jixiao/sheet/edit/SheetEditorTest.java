package com.jixiao.sheet.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jixiao.sheet.Indicator;
import com.jixiao.sheet.ScoreSheetRepository;
import com.jixiao.sheet.SheetStatus;
import com.jixiao.support.IntegrationTest;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

/** The 附1 editor through MockMvc, as a browser without JavaScript uses it. */
@Import(EditorFixtures.class)
@WithUserDetails("officer")
class SheetEditorTest extends IntegrationTest {

    @Autowired MockMvc mvc;
    @Autowired EditorFixtures fixtures;
    @Autowired ScoreSheetRepository sheets;
    @Autowired EditorService editor;

    EditorSession session() throws Exception {
        return new EditorSession(mvc, fixtures.draftSheet());
    }

    @Test
    void aNewSheetFromTheDefaultTemplateHasItsCategoriesAndWeights() throws Exception {
        EditorSession s = session();

        assertThat(s.status()).isEqualTo(200);
        assertThat(s.page.select("tr.l1-row .l1-name").eachText()).containsExactly("产出指标", "效益指标", "满意度指标");
        assertThat(s.page.select("tr.l2-row th").eachText()).contains("数量指标", "质量指标", "时效指标", "成本指标",
                "经济效益指标", "社会效益指标", "服务对象满意度指标");
        assertThat(s.fields).containsEntry("fundsWeight", "10").containsEntry("level1[0].weight", "50")
                .containsEntry("level1[1].weight", "30").containsEntry("level1[2].weight", "10");
    }

    @Test
    void aCompleteSheetSavesReloadsWithItsValuesAndScores() throws Exception {
        EditorSession s = session().fillComplete();
        s.press("save");

        assertThat(s.last.getRedirectedUrl()).endsWith("/edit?saved");
        assertThat(s.page.select("#notice").text()).isEqualTo("草稿已保存。");
        assertThat(s.page.select("#funds-total-annualBudget").text()).isEqualTo("100");
        assertThat(s.page.select("#funds-rate").text()).isEqualTo("95%");
        assertThat(s.page.select("#funds-score").text()).isEqualTo("9.5");
        assertThat(s.page.select("#total-computed").text()).isEqualTo("97.5");
        assertThat(s.page.select("#grade-computed").text()).isEqualTo("优");
        assertThat(s.fields.values()).contains("警务站建设数量", "≥2个", "2个", "有效提升", "群众满意度", "95%", "28");
        assertThat(s.fields).containsEntry("expectedGoal", "完成两个警务站建设");
        // The read-only 附1 shows what was stored: the computed score of a quantitative row, the hand score.
        Document printed = Jsoup.parse(mvc.perform(get("/sheets/" + s.sheetId)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
        assertThat(printed.select("#total-score").text()).isEqualTo("97.5");
        assertThat(printed.select("tr.indicator-row").eachText()).anyMatch(t -> t.contains("警务站建设数量 ≥2个 2个 50 50"));
        assertThat(printed.select("#total-computed").text()).isEqualTo("97.5");
    }

    @Test
    void rowsAreAddedMovedAndRemovedWithoutJavaScriptAndOnlySavedOnSave() throws Exception {
        EditorSession s = session();
        int first = s.addRow("数量指标");
        s.set("rows[" + first + "].name", "第一");
        int second = s.addRow("数量指标");
        s.set("rows[" + second + "].name", "第二");
        assertThat(s.page.select("#notice").text()).contains("保存后生效");

        s.press("up:" + second);
        assertThat(names(s)).containsExactly("第二", "第一");
        s.press("remove:0");
        assertThat(names(s)).containsExactly("第一");
        assertThat(sheets.findIndicators(s.sheetId)).noneMatch(i -> i.getLevel() == 3);

        s.press("save");
        assertThat(sheets.findIndicators(s.sheetId)).filteredOn(i -> i.getLevel() == 3)
                .extracting(Indicator::getName).containsExactly("第一");
    }

    private static List<String> names(EditorSession s) {
        return s.page.select("tr.indicator-row textarea[name$=.name]").eachText();
    }

    @Test
    void badNumbersAreRefusedBesideTheirFieldsKeepTheInputAndSaveNothing() throws Exception {
        EditorSession s = session();
        int row = s.addRow("数量指标");
        s.row(row, "巡逻次数", "≥100次", "120次", "十分");
        s.set("funds[0].annualBudget", "-5").set("funds[1].executed", "12,5万").set("expectedGoal", "目标已写")
                .set("level1[0].weight", "abc");
        long versionBefore = sheets.findById(s.sheetId).orElseThrow().getVersion();

        s.press("save");

        assertThat(s.status()).isEqualTo(422);
        assertThat(errorOf(s, "r" + row + "-weight")).contains("分值须填写数字", "十分");
        assertThat(errorOf(s, "funds-APPROPRIATION-annualBudget")).isEqualTo("金额不能为负数");
        assertThat(errorOf(s, "funds-CARRY_OVER-executed")).contains("不是数字");
        assertThat(errorOf(s, "l1-0-weight")).contains("须填写数字");
        assertThat(s.page.select("#r" + row + "-weight").hasClass("invalid")).isTrue();
        // Every typed value is still on the page, the bad ones included.
        assertThat(s.fields).containsEntry("rows[" + row + "].weight", "十分").containsEntry("funds[0].annualBudget", "-5")
                .containsEntry("rows[" + row + "].name", "巡逻次数").containsEntry("expectedGoal", "目标已写");
        assertThat(s.page.select("#input-errors li")).hasSize(4);
        // Nothing of the form was written, not even the valid parts.
        assertThat(sheets.findById(s.sheetId).orElseThrow().getVersion()).isEqualTo(versionBefore);
        assertThat(sheets.findById(s.sheetId).orElseThrow().getExpectedGoal()).isNull();
        assertThat(sheets.findIndicators(s.sheetId)).noneMatch(i -> i.getLevel() == 3);
    }

    private static String errorOf(EditorSession s, String inputId) {
        Element input = s.page.getElementById(inputId);
        assertThat(input).as(inputId).isNotNull();
        Element error = input.nextElementSibling();
        assertThat(error).as("error beside " + inputId).isNotNull();
        assertThat(error.hasClass("field-error")).as("error beside " + inputId).isTrue();
        return error.text();
    }

    @Test
    void aOneMegabytePasteIsRefusedWithItsLengthNotTruncatedOrA500() throws Exception {
        EditorSession s = session();
        String paste = "很长的粘贴内容".repeat(150_000);
        s.set("expectedGoal", paste).set("actualResult", "正常内容");
        int row = s.addRow("数量指标");
        s.set("rows[" + row + "].target", "x".repeat(501));

        s.press("save");

        assertThat(s.status()).isEqualTo(422);
        assertThat(errorOf(s, "expectedGoal")).isEqualTo("预期目标最多 5000 个字，当前 1050000 个字，请删减后再保存");
        assertThat(errorOf(s, "r" + row + "-target")).contains("最多 500 个字", "当前 501 个字");
        assertThat(s.fields.get("expectedGoal")).hasSize(paste.length());
        assertThat(sheets.findById(s.sheetId).orElseThrow().getActualResult()).isNull();
    }

    @Test
    void htmlAndScriptInTextAreShownEscapedEverywhere() throws Exception {
        EditorSession s = session();
        int row = s.addRow("数量指标");
        String script = "<script>alert('x')</script><b>粗</b>";
        s.row(row, script, "≥1", "1", "50").set("expectedGoal", script).set("rows[" + row + "].deviationNote", script);

        s.press("save");

        assertThat(s.last.getStatus()).isEqualTo(302);
        String editor = s.last.getContentAsString(StandardCharsets.UTF_8);
        String editorPage = mvc.perform(get("/sheets/" + s.sheetId + "/edit")).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        String printed = mvc.perform(get("/sheets/" + s.sheetId)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        String preview = s.preview().outerHtml();
        for (String html : List.of(editorPage, printed)) {
            assertThat(html).doesNotContain("<script>alert").doesNotContain("<b>粗</b>").contains("&lt;script&gt;alert(");
        }
        assertThat(Jsoup.parse(printed).select("script")).allMatch(e -> e.hasAttr("src") || e.data().isBlank());
        assertThat(Jsoup.parse(editorPage).select("script")).allMatch(e -> e.hasAttr("src"));
        assertThat(preview).doesNotContain("<script>alert");
        assertThat(editor).isEmpty();
        assertThat(s.fields).containsEntry("rows[" + row + "].name", script);
    }

    @Test
    void submitRefusesAnIncompleteSheetAndLinksEachMissingItemToItsField() throws Exception {
        EditorSession s = session();
        int row = s.addRow("数量指标");
        s.row(row, "巡逻次数", "≥100次", "", "50");

        s.press("submit");

        assertThat(s.last.getRedirectedUrl()).endsWith("/edit?saved&incomplete");
        assertThat(sheets.findById(s.sheetId).orElseThrow().getStatus()).isEqualTo(SheetStatus.DRAFT);
        List<Element> items = s.page.select("#missing li a");
        assertThat(items).extracting(Element::text).contains("年度总体目标：未填写预期目标",
                "项目资金：未填写全年预算数", "产出指标/巡逻次数：未填写实际完成值");
        assertThat(items).extracting(Element::text).anyMatch(t -> t.contains("分值合计") && t.contains("60"));
        for (Element link : items) {
            String id = link.attr("href").substring(1);
            assertThat(s.page.getElementById(id)).as(link.text() + " → #" + id).isNotNull();
        }
        // The draft was saved all the same.
        assertThat(s.fields).containsEntry("rows[" + row + "].name", "巡逻次数");
    }

    @Test
    void submitChecksBandsOverrideReasonsAndDeviationNotes() throws Exception {
        EditorSession s = session().fillComplete();
        s.press("save");
        int social = rowIndexNamed(s, "治安环境");
        int quantity = rowIndexNamed(s, "警务站建设数量");
        s.set("rows[" + social + "].score", "20").set("rows[" + quantity + "].score", "45");

        s.press("submit");

        assertThat(s.page.select("#missing li a")).extracting(Element::text).containsExactlyInAnyOrder(
                "效益指标/治安环境：得分 20 不在区间 [24, 30] 内",
                "产出指标/警务站建设数量：得分改为 45（按规则为 50），须写明调整理由",
                "产出指标/警务站建设数量：得分 45.00 低于分值 50，须填写偏差原因分析及改进措施");
        assertThat(s.page.select("#missing li a").eachAttr("href")).contains("#r" + social + "-score",
                "#r" + quantity + "-overrideReason");
    }

    @Test
    void aCompleteSheetIsSubmittedAndThenReadOnly() throws Exception {
        EditorSession s = session().fillComplete();
        int quantity = rowIndexNamed(s, "警务站建设数量");
        s.set("rows[" + quantity + "].score", "48").set("rows[" + quantity + "].overrideReason", "一处警务站未验收")
                .set("rows[" + quantity + "].deviationNote", "验收推迟到次年一月");
        s.press("submit");

        assertThat(s.last.getRedirectedUrl()).as(s.page.select("#missing").text()).endsWith("/edit?submitted");
        assertThat(sheets.findById(s.sheetId).orElseThrow().getStatus()).isEqualTo(SheetStatus.SUBMITTED);
        assertThat(s.page.select("#notice").text()).contains("已提交送审");
        assertThat(s.page.select("#sheet-form")).isEmpty();
        assertThat(s.page.select("#total-score").text()).isEqualTo("95.5");
        assertThat(sheets.findIndicators(s.sheetId)).filteredOn(i -> "警务站建设数量".equals(i.getName()))
                .singleElement().satisfies(i -> {
                    assertThat(i.getEnteredScore()).isEqualByComparingTo("48");
                    assertThat(i.getScoreOverrideReason()).isEqualTo("一处警务站未验收");
                });

        int status = mvc.perform(post("/sheets/" + s.sheetId + "/edit").with(csrf()).param("version", "99").param("action", "save"))
                .andReturn().getResponse().getStatus();
        assertThat(status).isEqualTo(409);
    }

    @Test
    void executedAboveBudgetIsAllowedAndFlaggedNotBlocking() throws Exception {
        EditorSession s = session().fillComplete();
        s.fillFunds("100", "100", "120");

        s.press("submit");

        assertThat(s.last.getRedirectedUrl()).as(s.page.select("#missing").text()).endsWith("/edit?submitted");
        Document printed = s.page;
        assertThat(printed.select("#funds-check li").eachAttr("data-code")).contains("EXECUTION_RATE_ABOVE_100");
    }

    private static int rowIndexNamed(EditorSession s, String name) {
        return s.fields.entrySet().stream().filter(e -> e.getKey().endsWith(".name") && e.getValue().equals(name))
                .map(e -> Integer.parseInt(e.getKey().substring(5, e.getKey().indexOf(']'))))
                .findFirst().orElseThrow(() -> new AssertionError("no row " + name));
    }

    @Test
    void theSecondSaverGetsA409WithBothValuesAndKeepsTheirInputToReapply() throws Exception {
        Long sheetId = fixtures.draftSheet();
        EditorSession alice = new EditorSession(mvc, sheetId);
        EditorSession bob = new EditorSession(mvc, sheetId);
        alice.set("expectedGoal", "甲的目标").set("fundsWeight", "10").press("save");
        assertThat(alice.last.getStatus()).isEqualTo(302);

        bob.set("expectedGoal", "乙的目标").set("actualResult", "乙的完成情况").press("save");

        assertThat(bob.status()).isEqualTo(409);
        assertThat(bob.page.select("#conflict h2").text()).contains("已被他人修改");
        Element change = bob.page.select("#conflict-table tr.conflict-row").stream()
                .filter(tr -> tr.text().contains("预期目标")).findFirst().orElseThrow();
        assertThat(change.select("td.theirs").text()).isEqualTo("甲的目标");
        assertThat(change.select("td.yours").text()).isEqualTo("乙的目标");
        assertThat(bob.fields).containsEntry("expectedGoal", "乙的目标").containsEntry("actualResult", "乙的完成情况");
        assertThat(sheets.findById(sheetId).orElseThrow().getExpectedGoal()).isEqualTo("甲的目标");
        String newVersion = String.valueOf(sheets.findById(sheetId).orElseThrow().getVersion());
        assertThat(bob.fields).containsEntry("version", newVersion);

        bob.press("save");

        assertThat(bob.last.getStatus()).isEqualTo(302);
        assertThat(sheets.findById(sheetId).orElseThrow().getExpectedGoal()).isEqualTo("乙的目标");
    }

    @Test
    void aRowEditRaisesTheVersionSoAStaleRowEditConflicts() throws Exception {
        Long sheetId = fixtures.draftSheet();
        EditorSession alice = new EditorSession(mvc, sheetId);
        int row = alice.addRow("数量指标");
        alice.row(row, "甲的指标", "≥1", "1", "50").press("save");
        EditorSession bob = new EditorSession(mvc, sheetId);
        EditorSession carol = new EditorSession(mvc, sheetId);

        bob.set("rows[0].actual", "2").press("save");
        carol.set("rows[0].actual", "0").press("save");

        assertThat(carol.status()).isEqualTo(409);
        Element change = carol.page.select("#conflict-table tr.conflict-row").first();
        assertThat(change.text()).contains("甲的指标", "实际完成值", "2", "0");
        assertThat(sheets.findIndicators(sheetId)).filteredOn(i -> i.getLevel() == 3)
                .extracting(Indicator::getActualText).containsExactly("2");
    }

    @Test
    void thePreviewScoresTheFormAsTypedWithoutSaving() throws Exception {
        EditorSession s = session();
        int row = s.addRow("数量指标");
        s.row(row, "巡逻次数", "≥100次", "80次", "50").fillFunds("", "200", "100");

        Document preview = s.preview();

        assertThat(preview.select("#calc-r" + row + " .computed-score").text()).isEqualTo("40");
        assertThat(preview.select("#funds-total-annualBudget").text()).isEqualTo("200");
        assertThat(preview.select("#funds-rate").text()).isEqualTo("50%");
        assertThat(preview.select("#funds-score").text()).isEqualTo("5");
        assertThat(preview.select("#total-computed").text()).isEqualTo("45");
        assertThat(preview.select("#grade-computed").text()).isEqualTo("差");
        assertThat(preview.select("#calc-r" + row + " li").eachAttr("data-code")).contains("DEVIATION_NOTE_MISSING");
        assertThat(sheets.findIndicators(s.sheetId)).noneMatch(i -> i.getLevel() == 3);

        s.set("rows[" + row + "].weight", "x");
        assertThat(s.preview().select("#input-errors li").text()).contains("分值须填写数字");
    }

    @Test
    void copyFromLastYearCarriesTargetsAndWeightsAndClearsActualsAndScores() throws Exception {
        Long department = fixtures.officersDepartment();
        String code = EditorFixtures.unique("C").toUpperCase();
        Long lastYear = editor.createFromTemplate(fixtures.project(department, 2028, code, "旧名称"), "default");
        // Direct service calls first: a MockMvc request clears the test thread's security context.
        Long thisYearProject = fixtures.project(department, 2029, code, "新名称");
        EditorSession old = new EditorSession(mvc, lastYear).fillComplete();
        old.set("rows[0].deviationNote", "说明").press("save");

        Document choice = Jsoup.parse(mvc.perform(get("/projects/" + thisYearProject + "/sheet/new")).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(choice.select("#predecessor").text()).contains("2028", "旧名称", code);
        String location = mvc.perform(post("/projects/" + thisYearProject + "/sheet").with(csrf()).param("source", "copy"))
                .andReturn().getResponse().getRedirectedUrl();
        EditorSession copy = new EditorSession(mvc, Long.valueOf(location.replaceAll("\\D+", " ").trim()));

        assertThat(copy.fields).containsEntry("expectedGoal", "完成两个警务站建设").containsEntry("actualResult", "")
                .containsEntry("funds[0].annualBudget", "").containsEntry("fundsWeight", "10");
        int quantity = rowIndexNamed(copy, "警务站建设数量");
        assertThat(copy.fields).containsEntry("rows[" + quantity + "].target", "≥2个")
                .containsEntry("rows[" + quantity + "].weight", "50").containsEntry("rows[" + quantity + "].actual", "")
                .containsEntry("rows[" + quantity + "].score", "").containsEntry("rows[" + quantity + "].deviationNote", "");
        int social = rowIndexNamed(copy, "治安环境");
        assertThat(copy.fields).containsEntry("rows[" + social + "].answer", "").containsEntry("rows[" + social + "].score", "");
        assertThat(sheets.findIndicators(copy.sheetId)).filteredOn(i -> i.getLevel() == 3)
                .allSatisfy(i -> assertThat(i.getEnteredScore()).isNull());
    }

    @Test
    void tamperedRowIndexesAndIdsAnswerWithAPageNotA500() throws Exception {
        Long sheetId = fixtures.draftSheet();
        int tooFar = mvc.perform(post("/sheets/" + sheetId + "/edit").with(csrf()).param("rows[100000].name", "x"))
                .andReturn().getResponse().getStatus();
        int badId = mvc.perform(post("/sheets/" + sheetId + "/edit").with(csrf()).param("rows[0].id", "abc")
                .param("rows[0].level2Id", "1").param("version", "0")).andReturn().getResponse().getStatus();
        int badAction = mvc.perform(post("/sheets/" + sheetId + "/edit").with(csrf()).param("action", "remove:zz"))
                .andReturn().getResponse().getStatus();

        assertThat(tooFar).isEqualTo(400);
        assertThat(badId).isEqualTo(422);
        assertThat(badAction).isEqualTo(200);
        assertThat(sheets.findById(sheetId).orElseThrow().getFundsWeight()).isEqualByComparingTo(BigDecimal.TEN);
    }
}
