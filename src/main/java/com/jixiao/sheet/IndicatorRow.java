package com.jixiao.sheet;

import java.math.BigDecimal;

/**
 * An indicator node read as a plain projection, for pages and exports that score many sheets at
 * once: no entity hydration, no persistence-context bookkeeping.
 */
public record IndicatorRow(Long sheetId, Long id, Long parentId, int level, int position, String name,
                           BigDecimal weight, String targetText, String actualText, BigDecimal enteredScore,
                           String deviationNote, String qualitativeAnswer) {

    static IndicatorRow of(Indicator node) {
        return new IndicatorRow(node.getSheet().getId(), node.getId(),
                node.getParent() == null ? null : node.getParent().getId(), node.getLevel(), node.getPosition(),
                node.getName(), node.getWeight(), node.getTargetText(), node.getActualText(), node.getEnteredScore(),
                node.getDeviationNote(), node.getQualitativeAnswer());
    }
}
