package com.jixiao.demo;

import java.math.BigDecimal;
import java.util.List;

/**
 * The shape of a transcribed self-evaluation report (src/main/resources/seed/*.json): the
 * department report, its 汇总表 and each project's report and 附1 sheet, numbers as printed.
 */
public record SeedDocument(int fiscalYear, DepartmentData department, DepartmentReport report,
                           List<ProjectData> projects) {

    public record DepartmentData(String name, String shortName) {
    }

    public record DepartmentReport(String title, List<Section> sections, String summaryTitle, String sealLine,
                                   String unitLine, BigDecimal printedAverageScore) {
    }

    public record Section(String heading, String body) {
    }

    public record ProjectData(int seq, Summary summary, ProjectReport report, Sheet sheet) {
    }

    public record Summary(String officeName, String projectName, BigDecimal funds, BigDecimal score, String grade,
                          String contact) {
    }

    public record ProjectReport(String title, String preamble, List<Section> sections, String closing) {
    }

    public record Sheet(String title, String yearLabel, String code, String projectName, String supervisingOffice,
                        String implementingOffice, Funds funds, String expectedGoal, String actualResult,
                        List<Level1> level1, BigDecimal printedTotalWeight, BigDecimal printedTotalScore,
                        String transcriptionNotes) {
    }

    public record Funds(BigDecimal weight, String printedRate, BigDecimal enteredScore, List<FundsLineData> lines) {
    }

    public record FundsLineData(String kind, BigDecimal initialBudget, BigDecimal annualBudget, BigDecimal executed,
                                String printedRate) {
    }

    public record Level1(String name, BigDecimal weight, List<Level2> level2) {
    }

    public record Level2(String name, String note, List<Row> indicators) {
    }

    /** A 三级 row in the seed file's own JSON names; {@code SeedImporter} turns it into an {@code IndicatorEntry}. */
    public record Row(String name, String target, String actual, BigDecimal weight, BigDecimal score,
                      String deviationNote) {
    }
}
