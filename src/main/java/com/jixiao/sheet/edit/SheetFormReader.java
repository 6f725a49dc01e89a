package com.jixiao.sheet.edit;

import com.jixiao.scoring.QualitativeAnswer;
import com.jixiao.sheet.FundsLineKind;
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
 * never throws for anything a user can type. Limits follow the columns: names, targets and actuals 500
 * characters (varchar(500)); long texts 5000 (text columns, but no 附1 cell holds more, and a stray 1 MB paste
 * must be refused, not stored); money NUMERIC(18,6) and not negative; weights and scores NUMERIC(7,2) within
 * [0, 100].
 */
public final class SheetFormReader {

    public static final int NAME_MAX = 500;
    public static final int VALUE_MAX = 500;
    public static final int LONG_TEXT_MAX = 5000;
    /** Far above any real 附1 (the seed's largest has 15 rows), low enough to keep one form post bounded. */
    public static final int ROWS_MAX = 300;

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final int MONEY_INTEGER_DIGITS = 12;
    private static final int MONEY_SCALE = 6;
    private static final int SCORE_SCALE = 2;

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
        Amounts total = new Amounts(sum(funds, Amounts::initialBudget), sum(funds, Amounts::annualBudget),
                sum(funds, Amounts::executed));

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
            rows.add(new ReadRow(i, row.getId(), row.getLevel2Id(),
                    text(row.getName(), NAME_MAX, at + "name", "三级指标名称", errors),
                    text(row.getTarget(), VALUE_MAX, at + "target", "年度指标值", errors),
                    text(row.getActual(), VALUE_MAX, at + "actual", "实际完成值", errors),
                    score(row.getWeight(), at + "weight", "分值", errors),
                    score(row.getScore(), at + "score", "得分", errors),
                    answer(row.getAnswer(), at + "answer", errors),
                    text(row.getOverrideReason(), LONG_TEXT_MAX, at + "overrideReason", "调整理由", errors),
                    text(row.getDeviationNote(), LONG_TEXT_MAX, at + "deviationNote", "偏差原因分析", errors)));
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
            for (SheetForm.Level2 two : form.getLevel2()) {
                if (two != null && two.getId() != null && one.getId().equals(two.getLevel1Id()) && placed.add(two.getId())) {
                    level2.add(new ReadLevel2(two.getId(), two.getName(), List.copyOf(rowsByLevel2.get(two.getId()))));
                }
            }
            level1.add(new ReadCategory(k, one.getId(), one.getName(),
                    score(one.getWeight(), "level1[" + k + "].weight", "分值", errors), level2));
        }
        return level1;
    }

    private static FundsLineKind fundsKind(String kind) {
        return TYPED_FUNDS.stream().filter(k -> k.name().equals(kind)).findFirst().orElse(null);
    }

    private static BigDecimal sum(Map<FundsLineKind, Amounts> funds, java.util.function.Function<Amounts, BigDecimal> column) {
        BigDecimal total = null;
        for (Amounts amounts : funds.values()) {
            BigDecimal v = column.apply(amounts);
            if (v != null) {
                total = total == null ? v : total.add(v);
            }
        }
        return total;
    }

    static String text(String value, int max, String field, String label, Errors errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String stripped = value.strip();
        int length = stripped.codePointCount(0, stripped.length());
        if (length > max) {
            errors.rejectValue(field, "tooLong", label + "最多 " + max + " 个字，当前 " + length + " 个字，请删减后再保存");
            return null;
        }
        return stripped;
    }

    static BigDecimal money(String value, String field, Errors errors) {
        BigDecimal amount = number(value, field, "金额", errors);
        if (amount == null) {
            return null;
        }
        if (amount.signum() < 0) {
            errors.rejectValue(field, "negative", "金额不能为负数");
            return null;
        }
        if (amount.stripTrailingZeros().scale() > MONEY_SCALE) {
            errors.rejectValue(field, "scale", "金额以万元为单位，最多 6 位小数");
            return null;
        }
        if (amount.precision() - amount.scale() > MONEY_INTEGER_DIGITS) {
            errors.rejectValue(field, "tooLarge", "金额过大（以万元为单位，最多 12 位整数）");
            return null;
        }
        return amount.setScale(MONEY_SCALE);
    }

    static BigDecimal score(String value, String field, String label, Errors errors) {
        BigDecimal score = number(value, field, label, errors);
        if (score == null) {
            return null;
        }
        if (score.signum() < 0) {
            errors.rejectValue(field, "negative", label + "不能为负数");
            return null;
        }
        if (score.compareTo(HUNDRED) > 0) {
            errors.rejectValue(field, "tooLarge", label + "不能超过 100");
            return null;
        }
        if (score.stripTrailingZeros().scale() > SCORE_SCALE) {
            errors.rejectValue(field, "scale", label + "最多 2 位小数");
            return null;
        }
        return score.setScale(SCORE_SCALE);
    }

    /**
     * A decimal as officers type it: surrounding spaces, thousands separators and full-width digits
     * (common with Chinese input methods) are accepted; anything else is refused with the value echoed back.
     */
    private static BigDecimal number(String value, String field, String label, Errors errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String normalized = halfWidth(value.strip()).replace(",", "").replace("，", "");
        if (normalized.length() > 40 || !normalized.matches("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)")) {
            errors.rejectValue(field, "notNumber", label + "须填写数字（如 12.5），“" + shorten(value.strip()) + "”不是数字");
            return null;
        }
        return new BigDecimal(normalized);
    }

    private static String halfWidth(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            if (c >= '０' && c <= '９') {
                b.append((char) (c - '０' + '0'));
            } else if (c == '．') {
                b.append('.');
            } else if (c == '－') {
                b.append('-');
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    private static String shorten(String s) {
        return s.length() <= 20 ? s : s.substring(0, 20) + "…";
    }

    private static QualitativeAnswer answer(String value, String field, Errors errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return QualitativeAnswer.valueOf(value.strip());
        } catch (IllegalArgumentException e) {
            errors.rejectValue(field, "answer", "请选择达成情况");
            return null;
        }
    }
}
