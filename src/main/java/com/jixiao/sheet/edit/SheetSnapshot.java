package com.jixiao.sheet.edit;

import com.jixiao.sheet.FundsLine;
import com.jixiao.sheet.Indicator;
import com.jixiao.sheet.ScoreSheet;
import java.util.LinkedHashMap;
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
        List<Map<String, Object>> rows = sheet.getIndicators().stream().map(SheetSnapshot::node).toList();
        snapshot.put("indicators", rows);
        return snapshot;
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
