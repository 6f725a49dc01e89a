package com.jixiao.sheet.edit;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** The fields of an HTML form as a browser would post them (no button), read from a rendered page. */
public final class FormPage {

    private FormPage() {
    }

    public static Map<String, String> fields(Document page, String formSelector) {
        Element form = page.selectFirst(formSelector);
        if (form == null) {
            throw new AssertionError("no form " + formSelector + " in page: " + page.title());
        }
        Map<String, String> fields = new LinkedHashMap<>();
        for (Element input : form.select("input[name], textarea[name], select[name]")) {
            String name = input.attr("name");
            if (input.tagName().equals("textarea")) {
                fields.put(name, input.wholeText());
            } else if (input.tagName().equals("select")) {
                Element selected = input.selectFirst("option[selected]");
                fields.put(name, selected == null ? "" : selected.attr("value"));
            } else if (input.attr("type").equals("radio") || input.attr("type").equals("checkbox")) {
                if (input.hasAttr("checked")) {
                    fields.put(name, input.attr("value"));
                }
            } else if (!input.attr("type").equals("submit")) {
                fields.put(name, input.attr("value"));
            }
        }
        return fields;
    }
}
