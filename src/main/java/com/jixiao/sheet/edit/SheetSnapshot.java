package com.jixiao.sheet.edit;

import com.jixiao.sheet.FundsLine;
import com.jixiao.sheet.Indicator;
import com.jixiao.sheet.ScoreSheet;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Objects;
import java.util.stream.IntStream;
import java.util.List;
import java.util.Map;

/**
 * What the audit trail records of a sheet before and after a save: every value an officer can
 * change on 附1, so that a reader of the trail can see what changed.
 */
final class SheetSnapshot {

    private SheetSnapshot() {
    }

    static Map<String, Object> of(ScoreSheet sheet) {
        Map<String, Object> snapshot = new LinkedHashMap<>();
        // The project's name at the time, by which the audit page shows the sheet.
        snapshot.put("name", sheet.getProject().getName());
        snapshot.put("status", sheet.getStatus().name());
        snapshot.put("expectedGoal", sheet.getExpectedGoal());
        snapshot.put("actualResult", sheet.getActualResult());
        snapshot.put("fundsWeight", sheet.getFundsWeight());
        snapshot.put("fundsScore", sheet.getFundsEnteredScore());
        snapshot.put("fundsDeviationNote", sheet.getFundsDeviationNote());
        snapshot.put("total", sheet.getEnteredTotal());
        List<Map<String, Object>> funds = sheet.getFundsLines().stream().map(SheetSnapshot::funds).toList();
        snapshot.put("funds", funds);
        // In page order, each node with the category it sits under: moving a row or reordering a 二级 is a change
        // the trail shows. The loaded list is not re-sorted when a save places nodes anew, so sort by place here.
        List<Map<String, Object>> rows = sheet.getIndicators().stream()
                .sorted(Comparator.comparingInt(Indicator::getLevel).thenComparing(SheetSnapshot::place, SheetSnapshot::compare))
                .map(SheetSnapshot::node).toList();
        snapshot.put("indicators", rows);
        return snapshot;
    }

    /**
     * Whether two snapshots hold the same values: numbers by value (a weight stored as 10.00 and written as 10 has
     * not changed), everything else as it is.
     */
    static boolean sameContent(Object a, Object b) {
        if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
            return x.compareTo(y) == 0;
        }
        if (a instanceof Map<?, ?> x && b instanceof Map<?, ?> y) {
            return x.keySet().equals(y.keySet()) && x.keySet().stream().allMatch(k -> sameContent(x.get(k), y.get(k)));
        }
        if (a instanceof List<?> x && b instanceof List<?> y) {
            return x.size() == y.size() && IntStream.range(0, x.size()).allMatch(i -> sameContent(x.get(i), y.get(i)));
        }
        return Objects.equals(a, b);
    }

    /** The node's positions from its 一级 down, e.g. [0, 2, 1] for the second row of the third 二级 of the first 一级. */
    private static List<Integer> place(Indicator node) {
        List<Integer> path = new ArrayList<>();
        for (Indicator n = node; n != null; n = n.getParent()) {
            path.add(0, n.getPosition());
        }
        return path;
    }

    private static int compare(List<Integer> a, List<Integer> b) {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int c = Integer.compare(a.get(i), b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.size(), b.size());
    }

    private static Map<String, Object> funds(FundsLine line) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("kind", line.getKind().name());
        map.put("initialBudget", line.getInitialBudget());
        map.put("annualBudget", line.getAnnualBudget());
        map.put("executed", line.getExecuted());
        return map;
    }

    private static Map<String, Object> node(Indicator node) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("level", node.getLevel());
        map.put("name", node.getName());
        if (node.getParent() != null) {
            map.put("under", node.getParent().getName());
        }
        map.put("weight", node.getWeight());
        if (node.getLevel() == 3) {
            map.put("target", node.getTargetText());
            map.put("actual", node.getActualText());
            map.put("score", node.getEnteredScore());
            map.put("deviationNote", node.getDeviationNote());
        }
        return map;
    }
}
