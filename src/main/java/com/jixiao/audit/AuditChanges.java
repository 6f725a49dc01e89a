package com.jixiao.audit;

import com.jixiao.common.format.Times;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads an event's before/after JSON as a person would: the name of the record, and "字段: 旧值 → 新值" for each value
 * that changed. Nested values (the funds rows and indicator rows of a sheet) are flattened to one line per value and
 * matched by their name, so that inserting an indicator row shows that row and not every row after it as changed.
 */
final class AuditChanges {

    /** One changed value; {@code before} is null for a value that is new, {@code after} for one that is gone. */
    public record Change(String field, String before, String after) {

        public boolean created() {
            return before == null;
        }

        public boolean removed() {
            return after == null;
        }
    }

    private record Item(String label, String value) {
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String EMPTY = "（空）";
    /** An instant as {@code OffsetDateTime.toString()} writes it, e.g. 2026-11-29T21:35:40.123Z. */
    private static final Pattern INSTANT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}.*(Z|[+-]\\d{2}:\\d{2})");

    private AuditChanges() {
    }

    /** "自评表：执法办案中心建设项目", else "自评表 #14", else blank for an event about no record. */
    static String object(String entityType, String entityId, String beforeJson, String afterJson) {
        String type = AuditLabels.type(entityType);
        String name = name(parse(afterJson));
        if (name == null) {
            name = name(parse(beforeJson));
        }
        if (name != null) {
            return type == null ? name : type + "：" + name;
        }
        if (type == null) {
            return "";
        }
        return entityId == null ? type : type + " #" + entityId;
    }

    /** @param times shows the instants stored in the JSON (e.g. 锁定至) in the users' zone, like every other time */
    static List<Change> changes(String beforeJson, String afterJson, Times times) {
        JsonNode before = parse(beforeJson);
        JsonNode after = parse(afterJson);
        Map<String, Item> old = flatten(before, times);
        Map<String, Item> now = flatten(after, times);
        Set<String> paths = new LinkedHashSet<>(old.keySet());
        paths.addAll(now.keySet());
        List<Change> changes = new ArrayList<>();
        for (String path : paths) {
            Item a = old.get(path);
            Item b = now.get(path);
            if (a != null && b != null && Objects.equals(a.value(), b.value())) {
                continue;
            }
            String label = (b != null ? b : a).label();
            if (before == null) {
                changes.add(new Change(label, null, b.value()));
            } else if (after == null) {
                changes.add(new Change(label, a.value(), null));
            } else {
                changes.add(new Change(label, a == null ? EMPTY : a.value(), b == null ? EMPTY : b.value()));
            }
        }
        return changes;
    }

    private static JsonNode parse(String json) {
        if (json == null || json.isBlank()) {
            return null;
        }
        try {
            JsonNode node = JSON.readTree(json);
            return node == null || node.isNull() ? null : node;
        } catch (JacksonException e) {
            // Not JSON (cannot happen for events this application wrote): show it as one value rather than fail the page.
            return JSON.getNodeFactory().objectNode().put("value", json);
        }
    }

    private static String name(JsonNode node) {
        if (node == null || !node.isObject()) {
            return null;
        }
        JsonNode name = node.get("name");
        return name == null || name.isNull() || name.asString().isBlank() ? null : name.asString();
    }

    private static Map<String, Item> flatten(JsonNode node, Times times) {
        Map<String, Item> items = new LinkedHashMap<>();
        if (node != null) {
            flatten(node, "", "", "", items, times);
        }
        return items;
    }

    private static void flatten(JsonNode node, String key, String path, String label, Map<String, Item> items,
                                Times times) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> property : node.properties()) {
                String field = AuditLabels.field(property.getKey());
                flatten(property.getValue(), property.getKey(), path + "." + property.getKey(),
                        label.isEmpty() ? field : label + " " + field, items, times);
            }
        } else if (node.isArray() && !allValues(node)) {
            Map<String, Integer> seen = new HashMap<>();
            int index = 0;
            for (JsonNode element : node) {
                index++;
                String nameKey = nameKey(element);
                String elementName = nameKey == null ? "第" + index + "项"
                        : AuditLabels.value(nameKey, element.get(nameKey).asString());
                int occurrence = seen.merge(elementName, 1, Integer::sum);
                String id = occurrence == 1 ? elementName : elementName + "#" + occurrence;
                if (nameKey != null) {
                    // The row's own name is its label, not one of its values.
                    ObjectNode rest = (ObjectNode) element.deepCopy();
                    rest.remove(nameKey);
                    element = rest;
                }
                flatten(element, key, path + "[" + id + "]", label + "「" + elementName + "」", items, times);
            }
        } else {
            items.put(path, new Item(label, text(key, node, times)));
        }
    }

    private static boolean allValues(JsonNode array) {
        for (JsonNode element : array) {
            if (element.isContainer()) {
                return false;
            }
        }
        return true;
    }

    /** The field that names a row of a list: its name, else its kind (the funds rows). */
    private static String nameKey(JsonNode element) {
        if (!element.isObject()) {
            return null;
        }
        return element.hasNonNull("name") ? "name" : element.hasNonNull("kind") ? "kind" : null;
    }

    private static String text(String key, JsonNode value, Times times) {
        if (value == null || value.isNull()) {
            return EMPTY;
        }
        if (value.isArray()) {
            List<String> parts = new ArrayList<>();
            value.forEach(element -> parts.add(AuditLabels.value(key, element.asString())));
            return parts.isEmpty() ? EMPTY : String.join("、", parts);
        }
        String text = value.asString();
        if (INSTANT.matcher(text).matches()) {
            try {
                return times.seconds(OffsetDateTime.parse(text));
            } catch (DateTimeParseException e) {
                // Text that only looks like a time: shown as it is.
            }
        }
        return text.isEmpty() ? EMPTY : AuditLabels.value(key, text);
    }
}
