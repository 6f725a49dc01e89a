package com.jixiao.api;

import com.jixiao.scoring.Finding;
import com.jixiao.scoring.SheetResult;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** Answer of {@code POST /api/v1/score}: the computed side of the sheet and its findings. */
public record ScoreResponse(String profile, int profileVersion, Funds funds, List<Row> indicators, Map<String, BigDecimal> subtotals,
                            BigDecimal total, String grade, List<FindingJson> findings) {

    /** @param explanation the rule and its numbers in Chinese, as the sheet page shows it */
    public record Funds(BigDecimal rate, BigDecimal score, String explanation) {
    }

    /** A scored row in the API's published JSON names (score, kind as text), kept apart so the core can change. */
    public record Row(String path, String kind, BigDecimal score, BigDecimal enteredScore, BigDecimal weight,
                      Band band, boolean deviationNoteRequired, String deviationNoteReason, String explanation) {
    }

    public record Band(BigDecimal low, BigDecimal high, boolean highInclusive) {
    }

    public record FindingJson(String code, String severity, String message, String path) {
    }

    static ScoreResponse of(SheetResult result) {
        return new ScoreResponse(result.profile().code(), result.profile().version(),
                new Funds(result.funds().rate(), result.funds().score(), result.funds().explanation()),
                result.indicators().stream().map(row -> new Row(row.path(), row.kind().name(), row.computedScore(),
                        row.enteredScore(), row.weight(),
                        row.band() == null ? null
                                : new Band(row.band().low(), row.band().high(), row.band().highInclusive()),
                        row.deviationNoteRequired(), row.deviationNoteReason(), row.explanation())).toList(),
                result.subtotals(), result.total(), result.grade(),
                result.findings().stream().map(ScoreResponse::finding).toList());
    }

    private static FindingJson finding(Finding finding) {
        return new FindingJson(finding.code(), finding.severity().name(), finding.message(), finding.path());
    }
}
