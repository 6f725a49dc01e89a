package com.jixiao.scoring;

/** The three answers of a qualitative (定性) row; the officer picks one and enters a score inside its band. */
public enum QualitativeAnswer {
    /** 达成年度指标 */
    ACHIEVED("达成年度指标"),
    /** 部分达成年度指标并具有一定效果 */
    PARTIALLY_ACHIEVED("部分达成年度指标并具有一定效果"),
    /** 未达成年度指标且效果较差 */
    NOT_ACHIEVED("未达成年度指标且效果较差");

    private final String label;

    QualitativeAnswer(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /**
     * The answer named by its code (ACHIEVED) or its Chinese label, blanks around it ignored: what the editor, the
     * import and the API accept alike.
     *
     * @return empty for a blank or unknown text
     */
    public static java.util.Optional<QualitativeAnswer> parse(String text) {
        if (text == null || text.isBlank()) {
            return java.util.Optional.empty();
        }
        String key = text.strip();
        for (QualitativeAnswer answer : values()) {
            if (answer.name().equals(key) || answer.label.equals(key)) {
                return java.util.Optional.of(answer);
            }
        }
        return java.util.Optional.empty();
    }
}
