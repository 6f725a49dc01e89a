package com.jixiao.sheet.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jixiao.security.AppUserDetailsService;
import com.jixiao.sheet.ScoreSheetRepository;
import com.jixiao.sheet.SheetStatus;
import com.jixiao.support.IntegrationTest;
import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The 汇总表 keeps computed scores of unchanged sheets between requests (ScoreCache); a saved sheet
 * has a new version, so the next 汇总表 shows its new score at once. Only submitted and approved
 * sheets are in the 汇总表 (issue 11): the sheet is submitted, returned by the head, changed and
 * submitted again.
 */
@WithUserDetails("officer")
class SummaryAfterSaveTest extends IntegrationTest {

    @Autowired MockMvc mvc;
    @Autowired EditorFixtures fixtures;
    @Autowired ScoreSheetRepository sheets;
    @Autowired AppUserDetailsService userDetails;

    Element summaryRow(Long departmentId, Long projectId) throws Exception {
        String html = mvc.perform(get("/departments/" + departmentId + "/years/2030/summary")).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        return Jsoup.parse(html).selectFirst("#summary-table tr[data-project-id=" + projectId + "]");
    }

    void submit(Long sheetId) throws Exception {
        mvc.perform(post("/sheets/" + sheetId + "/submit").with(csrf()));
        assertThat(sheets.findById(sheetId).orElseThrow().getStatus()).isEqualTo(SheetStatus.SUBMITTED);
    }

    @Test
    void aSavedSheetShowsItsNewScoreInTheNextSummary() throws Exception {
        Long department = fixtures.officersDepartment();
        Long sheetId = fixtures.draftSheet();
        Long projectId = sheets.findById(sheetId).orElseThrow().getProject().getId();
        EditorSession session = new EditorSession(mvc, sheetId).fillComplete();
        session.press("save");
        assertThat(summaryRow(department, projectId)).as("a draft is not in the 汇总表").isNull();
        submit(sheetId);
        String before = summaryRow(department, projectId).select("td.computed-score").text();
        assertThat(summaryRow(department, projectId).select("td.computed-score").text()).isEqualTo(before);
        mvc.perform(post("/sheets/" + sheetId + "/return").param("comment", "请核实满意度。")
                .with(user(userDetails.loadUserByUsername("head"))).with(csrf()));
        assertThat(summaryRow(department, projectId)).as("a returned sheet is not in the 汇总表").isNull();
        session.open();

        int satisfaction = session.fields.entrySet().stream()
                .filter(field -> field.getValue().equals("群众满意度")).map(field -> field.getKey())
                .map(name -> Integer.parseInt(name.replaceAll("\\D+", ""))).findFirst().orElseThrow();
        session.set("rows[" + satisfaction + "].actual", "45%").set("rows[" + satisfaction + "].deviationNote", "宣传不足")
                .press("save");
        submit(sheetId);

        String after = summaryRow(department, projectId).select("td.computed-score").text();
        assertThat(after).isNotEqualTo(before);
        assertThat(new java.math.BigDecimal(before).subtract(new java.math.BigDecimal(after)))
                .isEqualByComparingTo("5");
    }
}
