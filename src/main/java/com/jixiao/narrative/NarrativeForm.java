package com.jixiao.narrative;

import java.util.ArrayList;
import java.util.List;
import lombok.Getter;
import lombok.Setter;

/**
 * The report editor's form: title, one heading and body per section, and the version of the report the form was
 * opened on ({@code lockVersion}, null for a report not yet saved) for the optimistic lock. Bound by the controller,
 * never the entity.
 */
@Getter
@Setter
public class NarrativeForm {

    private String title;
    private List<String> headings = new ArrayList<>();
    private List<String> bodies = new ArrayList<>();
    /** Text, not a number: a tampered value must not fail binding; anything unreadable is treated as stale. */
    private String lockVersion;

    static NarrativeForm of(String title, List<SectionText> sections, Long lockVersion) {
        NarrativeForm form = new NarrativeForm();
        form.title = title;
        sections.forEach(section -> {
            form.headings.add(section.heading());
            form.bodies.add(section.body());
        });
        form.lockVersion = lockVersion == null ? "" : lockVersion.toString();
        return form;
    }

    /** The version the form was opened on; null for a new report or an unreadable value. */
    Long openedOn() {
        return parseVersion(lockVersion);
    }

    static Long parseVersion(String text) {
        if (text == null || text.isBlank() || text.length() > 19 || !text.strip().matches("\\d+")) {
            return null;
        }
        return Long.valueOf(text.strip());
    }

    /** The sections as typed; a missing body (a tampered form) counts as empty. */
    List<SectionText> sections() {
        List<SectionText> sections = new ArrayList<>();
        for (int i = 0; i < headings.size(); i++) {
            String body = i < bodies.size() && bodies.get(i) != null ? bodies.get(i) : "";
            sections.add(new SectionText(trim(headings.get(i)), normalise(body)));
        }
        return sections;
    }

    private static String trim(String text) {
        return text == null ? "" : text.strip();
    }

    /** Line breaks as \n (browsers send \r\n), no blank lines at either end. */
    private static String normalise(String body) {
        return body.replace("\r\n", "\n").replace('\r', '\n').strip();
    }
}
