package com.jixiao.sheet.workflow;

import com.jixiao.sheet.ScoreSheet;
import java.util.List;

/**
 * A check a sheet must pass before it can be submitted, e.g. completeness (every row has an actual
 * value, required deviation notes are filled in). Declare implementations as beans: submitting
 * runs all of them and refuses the sheet with their problems; with none, every sheet passes.
 */
public interface SubmitCheck {

    /** @return what keeps the sheet from being submitted, in Chinese; empty when it may be submitted */
    List<String> problems(ScoreSheet sheet);
}
