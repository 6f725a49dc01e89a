package com.jixiao.dashboard;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * How far a department (or the province) is with a year's self-evaluation: how many projects are in
 * each state, and the share that is a result (已提交, 已通过, or a filed 汇总表 row).
 *
 * No deadline is stored for a department-year, so progress is the share of results, not a share of
 * the time left; {@link #deadlineNote()} says so on the page.
 */
record Progress(long total, long results, List<StatusCount> statuses) {

    /** The states in the order the pages show them. {@code PUBLISHED}: 汇总表 row filed without its 附1. */
    static final List<String> KEYS = List.of("NONE", "DRAFT", "RETURNED", "SUBMITTED", "APPROVED", "PUBLISHED");
    static final List<String> LABELS = List.of("未建立", "草稿", "已退回", "已提交", "已通过", "已公布（无附1）");

    record StatusCount(String key, String label, long count) {
    }

    /** @param counts one count per {@link #KEYS} entry, in that order */
    static Progress of(long... counts) {
        long total = 0;
        List<StatusCount> statuses = new ArrayList<>();
        for (int i = 0; i < KEYS.size(); i++) {
            statuses.add(new StatusCount(KEYS.get(i), LABELS.get(i), counts[i]));
            total += counts[i];
        }
        return new Progress(total, counts[3] + counts[4] + counts[5], List.copyOf(statuses));
    }

    /** Results as a share of all projects, in percent to one decimal; null without projects. */
    @JsonProperty
    public BigDecimal percent() {
        return total == 0 ? null : BigDecimal.valueOf(results * 100).divide(BigDecimal.valueOf(total), 1,
                RoundingMode.HALF_UP);
    }

    @JsonProperty
    public String deadlineNote() {
        return "未设定填报截止日期：进度按已提交、已通过的项目占全部项目的比例计算。";
    }
}
