package com.jixiao.sheet.edit;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * One officer at the editor, driven through MockMvc as a browser without JavaScript would: read the page's form,
 * change fields, press a button.
 */
final class EditorSession {

    private final MockMvc mvc;
    final Long sheetId;
    Document page;
    Map<String, String> fields;
    MockHttpServletResponse last;

    EditorSession(MockMvc mvc, Long sheetId) throws Exception {
        this.mvc = mvc;
        this.sheetId = sheetId;
        open();
    }

    EditorSession open() throws Exception {
        return load(get("/sheets/" + sheetId + "/edit"));
    }

    EditorSession set(String name, String value) {
        if (!fields.containsKey(name)) {
            throw new AssertionError("no field " + name + " in " + fields.keySet());
        }
        fields.put(name, value);
        return this;
    }

    /** Presses "添加三级指标" of a 二级 and returns the new row's index. */
    int addRow(String level2) throws Exception {
        Element button = page.selectFirst("button.add-row[data-level2=" + level2 + "]");
        if (button == null) {
            throw new AssertionError("no add button for " + level2);
        }
        press(button.attr("value"));
        // Rows are rendered grouped: the new row is the last one under its 二级 header.
        Integer last = null;
        boolean inGroup = false;
        for (Element tr : page.select("#indicator-table tr")) {
            if (tr.hasClass("l2-row") || tr.hasClass("l1-row")) {
                inGroup = tr.hasClass("l2-row") && tr.selectFirst("th").text().equals(level2);
            } else if (inGroup && tr.hasClass("indicator-row")) {
                last = Integer.parseInt(tr.id().substring("row-".length()));
            }
        }
        if (last == null) {
            throw new AssertionError("no new row after adding under " + level2);
        }
        return last;
    }

    /** Fills a row: name, target, actual, weight. */
    EditorSession row(int i, String name, String target, String actual, String weight) {
        return set("rows[" + i + "].name", name).set("rows[" + i + "].target", target)
                .set("rows[" + i + "].actual", actual).set("rows[" + i + "].weight", weight);
    }

    /** Presses a button of the form; follows a redirect to the editor page. */
    EditorSession press(String action) throws Exception {
        MockHttpServletRequestBuilder request = post("/sheets/" + sheetId + "/edit").with(csrf()).param("action", action);
        fields.forEach(request::param);
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        last = response;
        if (response.getStatus() == 302) {
            String location = response.getRedirectedUrl();
            load(get(location));
            last = response;
            return this;
        }
        parse(response);
        return this;
    }

    Document preview() throws Exception {
        MockHttpServletRequestBuilder request = post("/sheets/" + sheetId + "/edit/preview").with(csrf());
        fields.forEach(request::param);
        return Jsoup.parse(mvc.perform(request).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    int status() {
        return last.getStatus();
    }

    private EditorSession load(MockHttpServletRequestBuilder request) throws Exception {
        last = mvc.perform(request).andReturn().getResponse();
        parse(last);
        return this;
    }

    private void parse(MockHttpServletResponse response) throws Exception {
        page = Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
        fields = page.selectFirst("#sheet-form") == null ? Map.of() : FormPage.fields(page, "#sheet-form");
    }

    /** A complete, consistent default-template sheet: 9.5 + 50 + 28 + 10 = 97.5, 优. */
    EditorSession fillComplete() throws Exception {
        fillFunds("100", "100", "95");
        set("expectedGoal", "完成两个警务站建设").set("actualResult", "已完成两个警务站建设");
        int quantity = addRow("数量指标");
        row(quantity, "警务站建设数量", "≥2个", "2个", "50");
        int social = addRow("社会效益指标");
        row(social, "治安环境", "有效提升", "有效提升", "30").set("rows[" + social + "].answer", "ACHIEVED")
                .set("rows[" + social + "].score", "28").set("rows[" + social + "].deviationNote", "个别路段照明不足，次年补建");
        int satisfaction = addRow("服务对象满意度指标");
        row(satisfaction, "群众满意度", "≥90%", "95%", "10");
        return this;
    }

    EditorSession fillFunds(String initial, String annual, String executed) {
        return set("funds[0].initialBudget", initial).set("funds[0].annualBudget", annual).set("funds[0].executed", executed);
    }
}
