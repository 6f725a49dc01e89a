package com.jixiao.rules;

import com.jixiao.scoring.RuleProfile;
import java.math.BigDecimal;
import lombok.Getter;
import lombok.Setter;

/**
 * The settings of a rule profile as an administrator types them (the edit page and {@code PUT
 * /api/v1/rule-profiles/{code}} alike): shares as percentages (80 for 0.8), numbers as text so that "八十" or "80%"
 * come back beside the field instead of failing to bind. {@link RuleAdmin} checks it and makes the new version.
 */
@Getter
@Setter
public class ProfileForm {

    private String name;
    /** LINEAR_TO_DOUBLE or RATIO. */
    private String reverseFormula;
    private String achievedPercent;
    private String partialPercent;
    private String overshootPercent;
    private boolean overshootNeedsNote;
    private String executionPercent;
    private boolean qualitativeNoteRequired;
    private String fundsScale;
    private String rowScale;
    private String excellentMin;
    private String goodMin;
    private String fairMin;
    /** Four names, best first, separated by '/': 优/良/中/差. */
    private String gradeNames;
    private String source;
    /** The version the administrator edited: a newer one saved meanwhile is a conflict, not overwritten. */
    private Integer baseVersion;

    public static ProfileForm from(RuleProfile p) {
        ProfileForm form = new ProfileForm();
        form.name = p.name();
        form.reverseFormula = p.reverseFormula().name();
        form.achievedPercent = percent(p.achievedCutoff());
        form.partialPercent = percent(p.partialCutoff());
        form.overshootPercent = percent(p.overshootThreshold());
        form.overshootNeedsNote = p.overshootNeedsNote();
        form.executionPercent = percent(p.executionRateThreshold());
        form.qualitativeNoteRequired = p.qualitativeNoteRequired();
        form.fundsScale = String.valueOf(p.fundsScale());
        form.rowScale = String.valueOf(p.rowScale());
        form.excellentMin = plain(p.excellentMin());
        form.goodMin = plain(p.goodMin());
        form.fairMin = plain(p.fairMin());
        form.gradeNames = String.join(RuleStore.GRADE_SEPARATOR, p.gradeNames());
        form.source = p.source();
        form.baseVersion = p.version();
        return form;
    }

    static String percent(BigDecimal share) {
        return plain(share.movePointRight(2));
    }

    private static String plain(BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
    }
}
