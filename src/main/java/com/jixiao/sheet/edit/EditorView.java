package com.jixiao.sheet.edit;

import com.jixiao.scoring.QualitativeAnswer;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

/**
 * Everything the editor page and its preview fragment show besides the bound form.
 *
 * @param inputErrors the form's field errors with the id of their input, for the list above the form
 * @param missing     what keeps the sheet from being submitted; null when not asked
 * @param conflict    the fields that differ from the version someone else saved; null without a conflict
 */
public record EditorView(EditorHeader header, Evaluation evaluation, List<InputError> inputErrors,
                         List<MissingItem> missing, List<FieldChange> conflict, String notice) {

    private static final Pattern ROW = Pattern.compile("^rows\\[(\\d+)]\\.(\\w+)$");
    private static final Pattern LEVEL1 = Pattern.compile("^level1\\[(\\d+)]\\.(\\w+)$");
    private static final Pattern FUNDS = Pattern.compile("^funds\\[(\\d+)]\\.(\\w+)$");

    public record InputError(String fieldId, String message) {
    }

    public ReadSheet sheet() {
        return evaluation.sheet();
    }

    public List<QualitativeAnswer> answers() {
        return List.of(QualitativeAnswer.values());
    }

    /** The printed label of a typed funds row; the raw value if a post named no known row. */
    public String fundsLabel(String kind) {
        return SheetFormReader.TYPED_FUNDS.stream().filter(k -> k.name().equals(kind)).findFirst()
                .map(k -> k.label().replace("其中：", "")).orElse(String.valueOf(kind));
    }

    static List<InputError> inputErrors(BindingResult errors, SheetForm form, MessageSource messages) {
        return errors.getAllErrors().stream().map(error -> new InputError(
                error instanceof FieldError fe ? fieldId(fe.getField(), form) : null,
                messages.getMessage(error, LocaleContextHolder.getLocale()))).toList();
    }

    /** The id of the input a form path is rendered in (see sheet/edit.html). */
    static String fieldId(String path, SheetForm form) {
        Matcher m = ROW.matcher(path);
        if (m.matches()) {
            return "r" + m.group(1) + "-" + m.group(2);
        }
        m = LEVEL1.matcher(path);
        if (m.matches()) {
            return "l1-" + m.group(1) + "-" + m.group(2);
        }
        m = FUNDS.matcher(path);
        if (m.matches()) {
            int k = Integer.parseInt(m.group(1));
            String kind = k < form.getFunds().size() ? form.getFunds().get(k).getKind() : "";
            return "funds-" + kind + "-" + m.group(2);
        }
        return path;
    }
}
