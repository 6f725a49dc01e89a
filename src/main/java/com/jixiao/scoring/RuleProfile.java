package com.jixiao.scoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * The scoring settings that regions change (DESIGN.md §5). A sheet records the code of the profile it was
 * scored with, so a later change of the rules does not silently rescore published sheets.
 *
 * @param achievedCutoff       lower bound of the 达成 band as a share of W (0.8)
 * @param partialCutoff        lower bound of the 部分达成 band as a share of W (0.6, some regions 0.5)
 * @param overshootThreshold   X ≥ this × T on a positive row needs a deviation note (1.3)
 * @param executionRateThreshold an execution rate below this needs a reason on the funds block (0.90)
 * @param fundsScale           decimals of the funds points (2)
 * @param excellentMin         lowest total graded 优 (90)
 * @param goodMin              lowest total graded 良 (80)
 * @param fairMin              lowest total graded 中 (60); below is 差
 * @param gradeNames           the four grade names, best first, as this region prints them
 */
public record RuleProfile(
        String code,
        String name,
        ReverseFormula reverseFormula,
        BigDecimal achievedCutoff,
        BigDecimal partialCutoff,
        BigDecimal overshootThreshold,
        BigDecimal executionRateThreshold,
        int fundsScale,
        BigDecimal excellentMin,
        BigDecimal goodMin,
        BigDecimal fairMin,
        List<String> gradeNames) {

    public RuleProfile {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(reverseFormula, "reverseFormula");
        Objects.requireNonNull(achievedCutoff, "achievedCutoff");
        Objects.requireNonNull(partialCutoff, "partialCutoff");
        Objects.requireNonNull(overshootThreshold, "overshootThreshold");
        Objects.requireNonNull(executionRateThreshold, "executionRateThreshold");
        Objects.requireNonNull(excellentMin, "excellentMin");
        Objects.requireNonNull(goodMin, "goodMin");
        Objects.requireNonNull(fairMin, "fairMin");
        gradeNames = List.copyOf(gradeNames);
        if (gradeNames.size() != Grade.values().length) {
            throw new IllegalArgumentException("gradeNames needs 4 names, best first: " + gradeNames);
        }
        if (partialCutoff.compareTo(achievedCutoff) > 0) {
            throw new IllegalArgumentException("partialCutoff above achievedCutoff");
        }
    }

    /** DESIGN.md §5: 财预〔2020〕10号 and the pmkpi platform defaults. */
    public static RuleProfile nationalDefault() {
        return RuleProfiles.NATIONAL;
    }

    /** The name this profile prints for a grade. */
    public String gradeName(Grade grade) {
        return gradeNames.get(grade.ordinal());
    }
}
