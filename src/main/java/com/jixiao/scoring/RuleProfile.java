package com.jixiao.scoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * The scoring settings that regions change (DESIGN.md §5), one version of one profile. Profiles are stored as data
 * (module {@code rules}): an edit makes a new version, and a sheet records the code and version it is scored with,
 * so a later change of the rules never silently rescores a submitted or approved sheet.
 *
 * @param code                    stable key, e.g. "national", "guangxi"
 * @param version                 1 for the shipped settings, +1 for every edit
 * @param reverseFormula          how a missed ≤/< row loses points
 * @param achievedCutoff          lower bound of the 达成 band as a share of W (0.8)
 * @param partialCutoff           lower bound of the 部分达成 band as a share of W (0.6, some regions 0.5)
 * @param overshootThreshold      X ≥ this × T on a positive row counts as overshoot (1.3)
 * @param overshootNeedsNote      whether an overshoot needs a deviation note
 * @param executionRateThreshold  an execution rate below this needs a reason on the funds block (0.90); 0: never
 * @param qualitativeNoteRequired every qualitative row needs a note, whatever its score
 * @param fundsScale              decimals of the funds points (2; 0 rounds them to whole points)
 * @param rowScale                decimals of a computed row score (2)
 * @param excellentMin            lowest total graded 优 (90)
 * @param goodMin                 lowest total graded 良 (80)
 * @param fairMin                 lowest total graded 中 (60); below is 差
 * @param gradeNames              the four grade names, best first, as this region prints them
 * @param source                  where these settings come from, and which of them are assumed
 */
public record RuleProfile(
        String code,
        int version,
        String name,
        ReverseFormula reverseFormula,
        BigDecimal achievedCutoff,
        BigDecimal partialCutoff,
        BigDecimal overshootThreshold,
        boolean overshootNeedsNote,
        BigDecimal executionRateThreshold,
        boolean qualitativeNoteRequired,
        int fundsScale,
        int rowScale,
        BigDecimal excellentMin,
        BigDecimal goodMin,
        BigDecimal fairMin,
        List<String> gradeNames,
        String source) {

    /** Decimals a score may be rounded to: whole points up to the 0.01 that scores are stored with. */
    public static final int MAX_SCALE = 2;

    /**
     * @throws IllegalArgumentException when the settings contradict each other (cut-offs or grade bounds out of
     *                                  order, a scale outside 0–2, not four grade names)
     */
    public RuleProfile {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(reverseFormula, "reverseFormula");
        Objects.requireNonNull(achievedCutoff, "achievedCutoff");
        Objects.requireNonNull(partialCutoff, "partialCutoff");
        Objects.requireNonNull(overshootThreshold, "overshootThreshold");
        Objects.requireNonNull(executionRateThreshold, "executionRateThreshold");
        Objects.requireNonNull(excellentMin, "excellentMin");
        Objects.requireNonNull(goodMin, "goodMin");
        Objects.requireNonNull(fairMin, "fairMin");
        source = source == null ? "" : source;
        gradeNames = List.copyOf(gradeNames);
        if (version < 1) {
            throw new IllegalArgumentException("version starts at 1: " + version);
        }
        if (gradeNames.size() != Grade.values().length) {
            throw new IllegalArgumentException("gradeNames needs 4 names, best first: " + gradeNames);
        }
        if (partialCutoff.compareTo(achievedCutoff) > 0) {
            throw new IllegalArgumentException("partialCutoff above achievedCutoff");
        }
        if (fairMin.compareTo(goodMin) > 0 || goodMin.compareTo(excellentMin) > 0) {
            throw new IllegalArgumentException("grade bounds out of order");
        }
        if (fundsScale < 0 || fundsScale > MAX_SCALE || rowScale < 0 || rowScale > MAX_SCALE) {
            throw new IllegalArgumentException("scales must be 0.." + MAX_SCALE);
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

    /** "national v1": how pages and the audit trail name one version. */
    public String label() {
        return code + " v" + version;
    }
}
