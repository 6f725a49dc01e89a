package com.jixiao.sheet.edit;

import org.springframework.modulith.NamedInterface;
import static com.jixiao.common.input.TextBounds.LONG_TEXT_MAX;
import static com.jixiao.common.input.TextBounds.NAME_MAX;
import static com.jixiao.common.input.TextBounds.ROWS_MAX;
import static com.jixiao.common.input.TextBounds.VALUE_MAX;

import com.jixiao.common.input.NumberBounds;
import com.jixiao.common.input.TextBounds;
import com.jixiao.scoring.QualitativeAnswer;
import com.jixiao.sheet.FundsLineKind;
import com.jixiao.sheet.IndicatorEntry;
import com.jixiao.sheet.edit.ReadSheet.Amounts;
import com.jixiao.sheet.edit.ReadSheet.ReadCategory;
import com.jixiao.sheet.edit.ReadSheet.ReadLevel2;
import com.jixiao.sheet.edit.ReadSheet.ReadRow;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.validation.Errors;

/**
 * Checks every field of a posted sheet and converts it, reporting each problem in Chinese on its field. It
 * never throws for anything a user can type. Texts are bounded by {@link TextBounds}, numbers by
 * {@link NumberBounds} (money NUMERIC(18,6) and not negative, weights and scores NUMERIC(7,2) within [0, 100]);
 * 年度资金总额, the sum of the rows, must fit the money column too.
 */
@NamedInterface("editor")
public final class SheetFormReader {

    /** The typed funds rows in their printed order. */
    public static final List<FundsLineKind> TYPED_FUNDS =
            List.of(FundsLineKind.APPROPRIATION, FundsLineKind.CARRY_OVER, FundsLineKind.OTHER);

    private SheetFormReader() {
    }

    /**
     * @param form   as posted, must not be null
     * @param errors receives one error per bad field, by form path
     */
    public static ReadSheet read(SheetForm form, Errors errors) {
        Map<FundsLineKind, Amounts> funds = new EnumMap<>(FundsLineKind.class);
        for (int k = 0; k < form.getFunds().size(); k++) {
            SheetForm.FundsRow row = form.getFunds().get(k);
            FundsLineKind kind = fundsKind(row == null ? null : row.getKind());
            if (kind == null) {
                errors.reject("funds", "资金行无法识别，请刷新页面后重新填写。");
                continue;
            }
            String at = "funds[" + k + "].";
            funds.put(kind, new Amounts(money(row.getInitialBudget(), at + "initialBudget", errors),
                    money(row.getAnnualBudget(), at + "annualBudget", errors),
                    money(row.getExecuted(), at + "executed", errors)));
        }
        Amounts total = new Amounts(sum(form, funds, Amounts::initialBudget, "initialBudget", errors),
                sum(form, funds, Amounts::annualBudget, "annualBudget", errors),
                sum(form, funds, Amounts::executed, "executed", errors));

        if (form.getRows().size() > ROWS_MAX) {
            errors.reject("rows", "三级指标最多 " + ROWS_MAX + " 行，当前 " + form.getRows().size() + " 行。");
        }
        List<ReadRow> rows = new ArrayList<>();
        for (int i = 0; i < form.getRows().size(); i++) {
            SheetForm.Row row = form.getRows().get(i);
            if (row == null) {
                continue;
            }
            String at = "rows[" + i + "].";
            rows.add(new ReadRow(i, row.getId(), row.getLevel2Id(), new IndicatorEntry(
                    text(row.getName(), NAME_MAX, at + "name", "三级指标名称", errors),
                    text(row.getTarget(), VALUE_MAX, at + "target", "年度指标值", errors),
                    text(row.getActual(), VALUE_MAX, at + "actual", "实际完成值", errors),
                    score(row.getWeight(), at + "weight", "分值", errors),
                    score(row.getScore(), at + "score", "得分", errors),
                    answer(row.getAnswer(), at + "answer", errors),
                    text(row.getOverrideReason(), LONG_TEXT_MAX, at + "overrideReason", "调整理由", errors),
                    text(row.getDeviationNote(), LONG_TEXT_MAX, at + "deviationNote", "偏差原因分析", errors))));
        }

        List<ReadCategory> level1 = categories(form, rows, errors);
        return new ReadSheet(
                text(form.getExpectedGoal(), LONG_TEXT_MAX, "expectedGoal", "预期目标", errors),
                text(form.getActualResult(), LONG_TEXT_MAX, "actualResult", "实际完成情况", errors),
                score(form.getFundsWeight(), "fundsWeight", "分值", errors),
                text(form.getFundsDeviationNote(), LONG_TEXT_MAX, "fundsDeviationNote", "偏差原因分析", errors),
                funds, total, level1, rows);
    }

    /** Groups rows under their 二级 and those under their 一级, in form order; a row of no known 二级 is an error. */
    private static List<ReadCategory> categories(SheetForm form, List<ReadRow> rows, Errors errors) {
        Map<Long, List<ReadRow>> rowsByLevel2 = new LinkedHashMap<>();
        for (SheetForm.Level2 two : form.getLevel2()) {
            if (two != null && two.getId() != null) {
                rowsByLevel2.putIfAbsent(two.getId(), new ArrayList<>());
            }
        }
        for (ReadRow row : rows) {
            List<ReadRow> group = row.level2Id() == null ? null : rowsByLevel2.get(row.level2Id());
            if (group == null) {
                errors.reject("rows", "第 " + (row.index() + 1) + " 行不属于本表的任何二级指标，请刷新页面后重新填写。");
            } else {
                group.add(row);
            }
        }
        List<ReadCategory> level1 = new ArrayList<>();
        Set<Long> placed = new HashSet<>();
        for (int k = 0; k < form.getLevel1().size(); k++) {
            SheetForm.Category one = form.getLevel1().get(k);
            if (one == null || one.getId() == null) {
                continue;
            }
            List<ReadLevel2> level2 = new ArrayList<>();
            for (int j = 0; j < form.getLevel2().size(); j++) {
                SheetForm.Level2 two = form.getLevel2().get(j);
                if (two != null && two.getId() != null && one.getId().equals(two.getLevel1Id()) && placed.add(two.getId())) {
                    // Names of categories ride along as hidden fields; bounded like any text, since they are shown
                    // in every finding of their rows.
                    level2.add(new ReadLevel2(two.getId(), text(two.getName(), NAME_MAX, "level2[" + j + "].name",
                            "二级指标名称", errors), List.copyOf(rowsByLevel2.get(two.getId()))));
                }
            }
            level1.add(new ReadCategory(k, one.getId(),
                    text(one.getName(), NAME_MAX, "level1[" + k + "].name", "一级指标名称", errors),
                    score(one.getWeight(), "level1[" + k + "].weight", "分值", errors), level2));
        }
        return level1;
    }

    private static FundsLineKind fundsKind(String kind) {
        return TYPED_FUNDS.stream().filter(k -> k.name().equals(kind)).findFirst().orElse(null);
    }

    /**
     * 年度资金总额 of one column: each row may hold up to NUMERIC(18,6), their sum may not, and it is stored in the
     * same column. Too large a sum is reported on the last row that added to it.
     */
    private static BigDecimal sum(SheetForm form, Map<FundsLineKind, Amounts> funds,
                                  java.util.function.Function<Amounts, BigDecimal> column, String columnName,
                                  Errors errors) {
        BigDecimal total = null;
        for (Amounts amounts : funds.values()) {
            BigDecimal v = column.apply(amounts);
            if (v != null) {
                total = total == null ? v : total.add(v);
            }
        }
        if (NumberBounds.MONEY.fits(total)) {
            return total;
        }
        int last = -1;
        for (int k = 0; k < form.getFunds().size(); k++) {
            SheetForm.FundsRow row = form.getFunds().get(k);
            if (row != null && fundsKind(row.getKind()) != null) {
                BigDecimal v = column.apply(funds.get(fundsKind(row.getKind())));
                last = v == null ? last : k;
            }
        }
        errors.rejectValue("funds[" + last + "]." + columnName, "sumTooLarge",
                NumberBounds.MONEY.tooLargeMessage("年度资金总额（三行之和）") + "，请核对各行金额");
        return null;
    }

    static String text(String value, int max, String field, String label, Errors errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String stripped = value.strip();
        int length = TextBounds.length(stripped);
        if (length > max) {
            errors.rejectValue(field, "tooLong", label + "最多 " + max + " 个字，当前 " + length + " 个字，请删减后再保存");
            return null;
        }
        return stripped;
    }

    static BigDecimal money(String value, String field, Errors errors) {
        return checked(NumberBounds.MONEY.check(value, "金额"), field, errors);
    }

    static BigDecimal score(String value, String field, String label, Errors errors) {
        return checked(NumberBounds.SCORE.check(value, label), field, errors);
    }

    private static BigDecimal checked(NumberBounds.Checked checked, String field, Errors errors) {
        if (checked.rejected()) {
            errors.rejectValue(field, checked.code(), checked.message());
        }
        return checked.value();
    }

    /** The answer's stored name (ACHIEVED) for a code or label the officer chose; null for none or an unknown one. */
    private static String answer(String value, String field, Errors errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        QualitativeAnswer answer = QualitativeAnswer.parse(value).orElse(null);
        if (answer == null) {
            errors.rejectValue(field, "answer", "请选择达成情况");
            return null;
        }
        return answer.name();
    }
}
