package com.jixiao.sheet;

import com.jixiao.scoring.Finding;
import com.jixiao.scoring.SheetInput;
import com.jixiao.scoring.SheetResult;
import com.jixiao.scoring.SheetResult.IndicatorResult;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A sheet with its computed side: what the scoring core made of it. Row results are matched to
 * the stored rows by position (the core keeps input order) and findings to rows by path.
 */
public record ScoredSheet(ScoreSheet sheet, SheetTree tree, SheetInput input, SheetResult result) {

    public IndicatorResult resultOf(Indicator row) {
        return rowResults().get(row);
    }

    public List<Finding> findingsOf(Indicator row) {
        IndicatorResult rowResult = resultOf(row);
        return rowResult == null ? List.of() : findingsAt(rowResult.path());
    }

    public List<Finding> findingsAt(String path) {
        return result.findings().stream().filter(finding -> path.equals(finding.path())).toList();
    }

    /** Findings that belong to no single row: funds, totals, 一级 weights. */
    public List<Finding> sheetLevelFindings() {
        Set<String> rowPaths = result.indicators().stream().map(IndicatorResult::path).collect(Collectors.toSet());
        return result.findings().stream().filter(finding -> !rowPaths.contains(finding.path())).toList();
    }

    private Map<Indicator, IndicatorResult> rowResults() {
        Map<Indicator, IndicatorResult> byRow = new IdentityHashMap<>();
        List<Indicator> rows = tree.level3Rows();
        for (int i = 0; i < rows.size() && i < result.indicators().size(); i++) {
            byRow.put(rows.get(i), result.indicators().get(i));
        }
        return byRow;
    }
}
