package com.jixiao.report;

import java.util.ArrayList;
import java.util.List;

/** A strict RFC 4180 reader for tests: quoted fields, doubled quotes, CRLF record ends. */
final class Csv {

    private Csv() {
    }

    static List<List<String>> parse(String text) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"' && field.isEmpty()) {
                quoted = true;
            } else if (c == ',') {
                record.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                record.add(field.toString());
                field.setLength(0);
                records.add(record);
                record = new ArrayList<>();
                i++;
            } else if (c == '\r' || c == '\n') {
                throw new IllegalArgumentException("bare line break outside quotes at " + i);
            } else {
                field.append(c);
            }
        }
        if (quoted || !field.isEmpty() || !record.isEmpty()) {
            throw new IllegalArgumentException("last record not terminated by CRLF");
        }
        return records;
    }
}
