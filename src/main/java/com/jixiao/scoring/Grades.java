package com.jixiao.scoring;

import java.math.BigDecimal;
import java.util.Optional;

/** Grade of a total under a profile, and reading printed grades in either naming style. */
public final class Grades {

    private Grades() {
    }

    /** 优 [excellentMin, ∞), 良 [goodMin, excellentMin), 中 [fairMin, goodMin), 差 below. Null total → null. */
    public static Grade of(BigDecimal total, RuleProfile profile) {
        if (total == null) {
            return null;
        }
        if (total.compareTo(profile.excellentMin()) >= 0) {
            return Grade.EXCELLENT;
        }
        if (total.compareTo(profile.goodMin()) >= 0) {
            return Grade.GOOD;
        }
        if (total.compareTo(profile.fairMin()) >= 0) {
            return Grade.FAIR;
        }
        return Grade.POOR;
    }

    /** The profile's name for the grade of this total, or null for a null total. */
    public static String nameOf(BigDecimal total, RuleProfile profile) {
        Grade g = of(total, profile);
        return g == null ? null : profile.gradeName(g);
    }

    /**
     * Reads a printed grade. Both naming styles occur in the same province (优/优秀, 良/良好, 中/中等, 差/较差),
     * so both are accepted whatever the profile prints.
     */
    public static Optional<Grade> parse(String printed) {
        if (printed == null) {
            return Optional.empty();
        }
        return switch (printed.strip()) {
            case "优", "优秀" -> Optional.of(Grade.EXCELLENT);
            case "良", "良好" -> Optional.of(Grade.GOOD);
            case "中", "中等", "一般", "合格" -> Optional.of(Grade.FAIR);
            case "差", "较差", "不合格" -> Optional.of(Grade.POOR);
            default -> Optional.empty();
        };
    }

    /** Whether the printed grade is the grade of the total; an unreadable grade or a null total never matches. */
    public static boolean matches(String printedGrade, BigDecimal total, RuleProfile profile) {
        Grade expected = of(total, profile);
        return expected != null && parse(printedGrade).map(expected::equals).orElse(false);
    }
}
