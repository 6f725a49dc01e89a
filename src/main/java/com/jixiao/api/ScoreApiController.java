package com.jixiao.api;

import com.jixiao.common.input.TextBounds;
import com.jixiao.imports.ImportedSheet;
import com.jixiao.rules.RuleCatalog;
import com.jixiao.scoring.QualitativeAnswer;
import com.jixiao.scoring.RuleProfile;
import com.jixiao.scoring.Scorer;
import com.jixiao.scoring.SheetInput;
import com.jixiao.scoring.SheetInput.FundsInput;
import com.jixiao.scoring.SheetInput.Level1Input;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Scores a sheet sent as JSON and stores nothing: for scripts and other systems. */
@RestController
class ScoreApiController {

    /** Profile codes, grades and answers are short words; 50 leaves room for any of them. */
    private static final int SHORT_MAX = 50;
    /** As the project form: fiscal years 2000–2100. */
    private static final int YEAR_MIN = 2000;
    private static final int YEAR_MAX = 2100;

    private final Scorer scorer = new Scorer();
    private final RuleCatalog rules;

    ScoreApiController(RuleCatalog rules) {
        this.rules = rules;
    }

    @PostMapping(path = "/api/v1/score", consumes = "application/json", produces = "application/json")
    ScoreResponse score(@RequestBody ScoreRequest request) {
        checkBounds(request);
        String code = request.profile() == null || request.profile().isBlank() ? RuleCatalog.NATIONAL
                : request.profile().strip();
        // The newest version: a script asks how a sheet would score under the rules in force now.
        RuleProfile profile = rules.newest(code).orElseThrow(() -> new ApiBadRequestException(
                "profile", "未知的评分规则“" + request.profile() + "”，可用："
                        + rules.profiles().stream().map(p -> p.profile().code()).toList()));
        return ScoreResponse.of(scorer.score(input(request), profile));
    }

    /**
     * What the numbers' parsing cannot bound: texts (a 1 MB 实际完成值 kept the target parser busy for over 30 s),
     * the number of rows and the year, with the same limits as the 附1 form. Control characters are left as sent:
     * nothing is stored, and the JSON answer escapes them.
     */
    private static void checkBounds(ScoreRequest request) {
        text(request.profile(), SHORT_MAX, "profile");
        text(request.enteredGrade(), SHORT_MAX, "enteredGrade");
        if (request.fiscalYear() != null && (request.fiscalYear() < YEAR_MIN || request.fiscalYear() > YEAR_MAX)) {
            throw new ApiBadRequestException("fiscalYear", "年度须在 " + YEAR_MIN + "–" + YEAR_MAX + " 之间");
        }
        if (request.funds() != null) {
            text(request.funds().deviationNote(), TextBounds.LONG_TEXT_MAX, "funds.deviationNote");
        }
        List<IndicatorJson> rows = request.indicators() == null ? List.of() : request.indicators();
        if (rows.size() > TextBounds.ROWS_MAX) {
            throw new ApiBadRequestException("indicators", "三级指标最多 " + TextBounds.ROWS_MAX + " 行，当前 "
                    + rows.size() + " 行");
        }
        for (int i = 0; i < rows.size(); i++) {
            IndicatorJson row = rows.get(i);
            if (row == null) {
                continue;
            }
            String at = "indicators[" + i + "].";
            text(row.level1(), TextBounds.NAME_MAX, at + "level1");
            text(row.level2(), TextBounds.NAME_MAX, at + "level2");
            text(row.level3(), TextBounds.NAME_MAX, at + "level3");
            text(row.target(), TextBounds.VALUE_MAX, at + "target");
            text(row.actual(), TextBounds.VALUE_MAX, at + "actual");
            text(row.deviationNote(), TextBounds.LONG_TEXT_MAX, at + "deviationNote");
            text(row.answer(), SHORT_MAX, at + "answer");
        }
    }

    private static void text(String value, int max, String field) {
        if (value != null && TextBounds.length(value) > max) {
            throw new ApiBadRequestException(field, "字段 " + field + " 最多 " + max + " 个字，当前 "
                    + TextBounds.length(value) + " 个字");
        }
    }

    private static SheetInput input(ScoreRequest request) {
        ScoreRequest.Funds funds = request.funds();
        FundsInput fundsInput = funds == null ? null : new FundsInput(funds.initialBudget(), funds.annualBudget(),
                funds.executed(), funds.weight(), funds.enteredScore(), funds.deviationNote());
        List<IndicatorJson> indicators = request.indicators() == null ? List.of() : request.indicators();
        List<ImportedSheet.Indicator> rows = new ArrayList<>();
        for (int i = 0; i < indicators.size(); i++) {
            IndicatorJson row = Objects.requireNonNullElse(indicators.get(i), IndicatorJson.EMPTY);
            checkAnswer(row.answer(), i);
            rows.add(row.imported());
        }
        List<Level1Input> level1 = ImportedSheet.level1Inputs(rows);
        int year = request.fiscalYear() != null ? request.fiscalYear() : Year.now().getValue();
        return new SheetInput(fundsInput, level1, request.enteredTotal(), request.enteredTotalWeight(),
                request.enteredGrade(), year);
    }

    /** Unlike a file's, an answer sent to the API that names none is refused, not read as none. */
    private static void checkAnswer(String answer, int index) {
        if (answer == null || answer.isBlank()) {
            return;
        }
        QualitativeAnswer.parse(answer).orElseThrow(() -> new ApiBadRequestException("indicators[" + index + "].answer",
                        "“" + answer + "”不是有效的定性答案，可用：ACHIEVED（达成年度指标）、PARTIALLY_ACHIEVED、NOT_ACHIEVED"));
    }
}
