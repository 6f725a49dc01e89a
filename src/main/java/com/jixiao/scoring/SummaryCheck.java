package com.jixiao.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Compares a 汇总表 row with its sheet. The 汇总表 is typed again by hand from the sheets, so it drifts from them;
 * it also grades the printed score, so its grade is checked against that score under the sheet's profile.
 */
public final class SummaryCheck {

    public List<Finding> check(PublishedResult row, SheetInput sheet, SheetResult result) {
        List<Finding> out = new ArrayList<>();
        String name = row.projectName() == null ? "" : row.projectName().strip();
        String at = Finding.SUMMARY + "/" + name;
        BigDecimal executed = sheet.funds() == null ? null : sheet.funds().executed();
        if (row.funds() != null && executed != null && row.funds().compareTo(executed) != 0) {
            out.add(new Finding(FindingCodes.SUMMARY_MISMATCH, Severity.ERROR, at + "：汇总表资金 "
                    + Numbers.plain(row.funds()) + " 与自评表全年执行数 " + Numbers.plain(executed) + " 不符", at));
        }
        BigDecimal sheetTotal = sheet.enteredTotal();
        if (row.score() != null && sheetTotal != null && Numbers.differ(row.score(), sheetTotal)) {
            out.add(new Finding(FindingCodes.SUMMARY_MISMATCH, Severity.ERROR, at + "：汇总表自评得分 "
                    + Numbers.score(row.score()) + " 与自评表总分 " + Numbers.score(sheetTotal) + " 不符", at));
        }
        RuleProfile profile = result.profile();
        if (row.grade() != null && !row.grade().isBlank() && row.score() != null
                && !Grades.matches(row.grade(), row.score(), profile)) {
            out.add(new Finding(FindingCodes.GRADE_MISMATCH, Severity.ERROR, at + "：汇总表自评等级印为 "
                    + row.grade().strip() + "，但得分 " + Numbers.score(row.score()) + " 对应等级为 "
                    + Grades.nameOf(row.score(), profile), at));
        }
        return out;
    }
}
