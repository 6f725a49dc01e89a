package com.jixiao.sheet.edit;

import com.jixiao.sheet.ScoreSheet;
import com.jixiao.sheet.SheetScoring;
import com.jixiao.sheet.SheetTree;
import com.jixiao.sheet.workflow.SubmitCheck;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.stereotype.Component;
import org.springframework.validation.BeanPropertyBindingResult;

/**
 * The editor's completeness rules for the 送审 button on the sheet page: the stored sheet is read
 * as the editor would read it and checked by {@link CompletenessCheck}, so both ways of submitting
 * refuse the same sheets.
 */
@Component
@RequiredArgsConstructor
class CompletenessSubmitCheck implements SubmitCheck {

    private final SheetScoring scoring;

    @Override
    public List<String> problems(ScoreSheet sheet) {
        SheetTree tree = sheet.tree();
        SheetForm form = SheetForms.of(sheet, sheet.getFundsLines(), tree, scoring.scored(sheet, sheet.getFundsLines(), tree));
        BeanPropertyBindingResult errors = new BeanPropertyBindingResult(form, "form");
        ReadSheet read = SheetFormReader.read(form, errors);
        if (errors.hasErrors()) {
            return errors.getAllErrors().stream().map(MessageSourceResolvable::getDefaultMessage).toList();
        }
        Evaluation evaluation = SheetEvaluator.evaluate(read, sheet.getProject().getFiscalYear(),
                SheetScoring.profileOf(sheet));
        return CompletenessCheck.check(evaluation).stream().map(MissingItem::message).toList();
    }
}
