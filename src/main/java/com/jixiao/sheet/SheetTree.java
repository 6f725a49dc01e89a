package com.jixiao.sheet;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The indicator tree of a sheet, built in memory from its flat list of nodes. Also lays the tree
 * out as the rows of the printed 附1 grid, where 一级 and 二级 cells span their children.
 */
public record SheetTree(List<Level1> level1) {

    public record Level1(Indicator node, List<Level2> level2) {

        /** Rows this category takes in the grid: an empty 二级 still takes one. */
        public int rowSpan() {
            return Math.max(1, level2.stream().mapToInt(Level2::rowSpan).sum());
        }
    }

    public record Level2(Indicator node, List<Indicator> rows) {

        public int rowSpan() {
            return Math.max(1, rows.size());
        }
    }

    /**
     * One printed row of the grid. {@code level1}/{@code level2} are set only on the first row of
     * their span; {@code row} is null for a 二级 category without indicators.
     */
    public record GridRow(Level1 level1, Level2 level2, Indicator row, Indicator level2Node) {
    }

    public static SheetTree of(List<Indicator> nodes) {
        Map<Indicator, List<Indicator>> children = new LinkedHashMap<>();
        List<Indicator> roots = new ArrayList<>();
        nodes.stream()
                .sorted(Comparator.comparingInt(Indicator::getLevel).thenComparingInt(Indicator::getPosition))
                .forEach(node -> {
                    if (node.getParent() == null) {
                        roots.add(node);
                    } else {
                        children.computeIfAbsent(node.getParent(), key -> new ArrayList<>()).add(node);
                    }
                });
        List<Level1> level1 = roots.stream()
                .map(root -> new Level1(root, children.getOrDefault(root, List.of()).stream()
                        .map(category -> new Level2(category, List.copyOf(children.getOrDefault(category, List.of()))))
                        .toList()))
                .toList();
        return new SheetTree(level1);
    }

    public List<GridRow> gridRows() {
        List<GridRow> rows = new ArrayList<>();
        for (Level1 one : level1) {
            boolean firstOfLevel1 = true;
            for (Level2 two : one.level2()) {
                if (two.rows().isEmpty()) {
                    rows.add(new GridRow(firstOfLevel1 ? one : null, two, null, two.node()));
                    firstOfLevel1 = false;
                    continue;
                }
                boolean firstOfLevel2 = true;
                for (Indicator row : two.rows()) {
                    rows.add(new GridRow(firstOfLevel1 ? one : null, firstOfLevel2 ? two : null, row, two.node()));
                    firstOfLevel1 = false;
                    firstOfLevel2 = false;
                }
            }
            if (one.level2().isEmpty()) {
                rows.add(new GridRow(one, null, null, null));
            }
        }
        return rows;
    }

    public List<Indicator> level3Rows() {
        return level1.stream().flatMap(one -> one.level2().stream()).flatMap(two -> two.rows().stream()).toList();
    }
}
