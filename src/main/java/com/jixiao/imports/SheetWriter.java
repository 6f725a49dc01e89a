package com.jixiao.imports;

import com.jixiao.imports.ImportedSheet.FundsRow;
import com.jixiao.imports.ImportedSheet.Indicator;
import com.jixiao.scoring.WeightTemplates;
import com.jixiao.sheet.edit.EditorService;
import com.jixiao.sheet.edit.ReadSheet;
import com.jixiao.sheet.edit.SheetForm;
import com.jixiao.sheet.edit.SheetFormReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

/**
 * Writes an {@link ImportedSheet} into a draft exactly as the editor does: the sheet's form is opened
 * ({@link EditorService#open}), filled with the imported values, checked by {@link SheetFormReader} and saved by
 * {@link EditorService#save} — same scope check, same bounds, same audit, same optimistic lock. The imported rows
 * replace the sheet's rows; categories are the sheet's own (from its template), matched by name.
 */
@Component
@RequiredArgsConstructor
public class SheetWriter {

    /** Stored with a printed score that differs from the computed one, so the reason is never blank. */
    static final String IMPORTED_SCORE = "导入文件中的原表得分";

    private final EditorService editor;

    /** The template whose categories fit the imported 一级 names and funds weight. */
    public static String templateFor(ImportedSheet sheet) {
        List<String> level1 = sheet.indicators().stream().map(Indicator::level1).filter(Objects::nonNull).distinct()
                .toList();
        BigDecimal fundsWeight = sheet.funds() == null ? null : sheet.funds().weight();
        if (level1.contains("成本指标")) {
            return "with-cost";
        }
        if (fundsWeight != null && fundsWeight.compareTo(BigDecimal.valueOf(20)) == 0) {
            return "county-20-80";
        }
        if (!level1.isEmpty() && !level1.contains("满意度指标")) {
            return "no-satisfaction";
        }
        return WeightTemplates.defaultTemplate().code();
    }

    /**
     * @param version the version the caller read (the API's optimistic lock), or null to take the current one
     *                (an import: the user confirmed what the preview showed)
     * @throws ImportRefusedException when the form reader refuses a value; nothing is saved then
     */
    public void write(Long sheetId, Long version, ImportedSheet sheet, String what) {
        EditorService.Opened opened = editor.open(sheetId);
        SheetForm form = opened.form();
        if (version != null) {
            form.setVersion(version);
        }
        form.setExpectedGoal(sheet.goal() == null ? null : sheet.goal().expected());
        form.setActualResult(sheet.goal() == null ? null : sheet.goal().actual());
        ImportedSheet.Funds funds = sheet.funds();
        form.setFundsWeight(funds == null ? null : plain(funds.weight()));
        for (SheetForm.FundsRow row : form.getFunds()) {
            FundsRow read = fundsRow(funds, row.getKind());
            row.setInitialBudget(read == null ? null : plain(read.initialBudget()));
            row.setAnnualBudget(read == null ? null : plain(read.annualBudget()));
            row.setExecuted(read == null ? null : plain(read.executed()));
        }
        List<String> reasons = new ArrayList<>();
        for (SheetForm.Category category : form.getLevel1()) {
            sheet.indicators().stream().filter(row -> category.getName().equals(row.level1()) && row.level1Weight() != null)
                    .findFirst().ifPresent(row -> category.setWeight(plain(row.level1Weight())));
        }
        form.getRows().clear();
        for (Indicator row : sheet.indicators()) {
            Long level2 = level2Of(form, row);
            if (level2 == null) {
                reasons.add(what + "：一级指标“" + row.level1() + "”不在本表的评价模板中，三级指标“" + row.level3() + "”无处安放。");
                continue;
            }
            SheetForm.Row formRow = new SheetForm.Row(level2);
            formRow.setName(row.level3());
            formRow.setTarget(row.target());
            formRow.setActual(row.actual());
            formRow.setWeight(plain(row.weight()));
            formRow.setScore(plain(row.enteredScore()));
            formRow.setOverrideReason(row.enteredScore() == null ? null : IMPORTED_SCORE);
            formRow.setDeviationNote(row.deviationNote());
            formRow.setAnswer(row.answer());
            form.getRows().add(formRow);
        }
        BindingResult errors = new BeanPropertyBindingResult(form, "form");
        ReadSheet read = SheetFormReader.read(form, errors);
        errors.getAllErrors().forEach(error -> reasons.add(what + "：" + (error instanceof FieldError field
                ? field.getField() + " " : "") + error.getDefaultMessage()));
        if (!reasons.isEmpty()) {
            throw new ImportRefusedException(reasons);
        }
        editor.save(sheetId, form, read, false);
    }

    /**
     * The lines under 年度资金总额 where the file had them; a file with the total alone puts it on 当年财政拨款, so that
     * the sum (what the editor stores as the total) is the printed total.
     */
    private static FundsRow fundsRow(ImportedSheet.Funds funds, String kind) {
        if (funds == null) {
            return null;
        }
        boolean anyRow = funds.rows() != null && funds.rows().stream().anyMatch(row -> row.initialBudget() != null
                || row.annualBudget() != null || row.executed() != null);
        if (!anyRow) {
            return kind.equals("APPROPRIATION")
                    ? new FundsRow(kind, funds.initialBudget(), funds.annualBudget(), funds.executed()) : null;
        }
        return funds.rows().stream().filter(row -> kind.equals(row.kind())).findFirst().orElse(null);
    }

    /** The sheet's 二级 of the row: by name under its 一级 ("服务对象满意度" finds "服务对象满意度指标"), else the first. */
    private static Long level2Of(SheetForm form, Indicator row) {
        Long level1 = form.getLevel1().stream().filter(one -> one.getName().equals(row.level1()))
                .map(SheetForm.Category::getId).findFirst()
                .orElse(form.getLevel1().size() == 1 ? form.getLevel1().get(0).getId() : null);
        if (level1 == null) {
            return null;
        }
        List<SheetForm.Level2> candidates = form.getLevel2().stream().filter(two -> level1.equals(two.getLevel1Id()))
                .toList();
        String name = row.level2() == null ? "" : row.level2().replace("指标", "");
        return candidates.stream().filter(two -> two.getName().replace("指标", "").equals(name)).findFirst()
                .or(() -> candidates.stream().findFirst()).map(SheetForm.Level2::getId).orElse(null);
    }

    private static String plain(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros().toPlainString();
    }
}
