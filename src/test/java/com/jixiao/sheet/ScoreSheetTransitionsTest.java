package com.jixiao.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The workflow as the aggregate enforces it, written out as a table independent of {@link SheetTransition}: every
 * status × every move, the status it leads to or its Chinese refusal.
 */
class ScoreSheetTransitionsTest {

    @ParameterizedTest(name = "{0} —{1}→ {2}")
    @CsvSource({
            "DRAFT,     SUBMIT,       SUBMITTED",
            "DRAFT,     APPROVE,      ",
            "DRAFT,     RETURN,       ",
            "DRAFT,     REOPEN,       ",
            "DRAFT,     RECORD_FILED, SUBMITTED",
            "SUBMITTED, SUBMIT,       ",
            "SUBMITTED, APPROVE,      APPROVED",
            "SUBMITTED, RETURN,       RETURNED",
            "SUBMITTED, REOPEN,       ",
            "SUBMITTED, RECORD_FILED, ",
            "APPROVED,  SUBMIT,       ",
            "APPROVED,  APPROVE,      ",
            "APPROVED,  RETURN,       ",
            "APPROVED,  REOPEN,       RETURNED",
            "APPROVED,  RECORD_FILED, ",
            "RETURNED,  SUBMIT,       SUBMITTED",
            "RETURNED,  APPROVE,      ",
            "RETURNED,  RETURN,       ",
            "RETURNED,  REOPEN,       ",
            "RETURNED,  RECORD_FILED, ",
    })
    void everyMoveFromEveryStatus(SheetStatus from, SheetTransition move, SheetStatus to) {
        ScoreSheet sheet = SheetMother.in(from);
        if (to == null) {
            assertThatThrownBy(() -> apply(move).accept(sheet)).isExactlyInstanceOf(SheetStateException.class)
                    .hasMessage("自评表当前状态为“" + from.label() + "”，不能" + move.label() + "。");
            assertThat(sheet.getStatus()).isEqualTo(from);
            assertThat(move.allowedFrom(from)).isFalse();
        } else {
            apply(move).accept(sheet);
            assertThat(sheet.getStatus()).isEqualTo(to);
            assertThat(move.allowedFrom(from)).isTrue();
        }
    }

    /** Each move through the aggregate's method for it, with the text it requires. */
    static Consumer<ScoreSheet> apply(SheetTransition move) {
        return switch (move) {
            case SUBMIT -> ScoreSheet::submit;
            case APPROVE -> ScoreSheet::approve;
            case RETURN -> sheet -> sheet.returnForRevision("请补充偏差原因");
            case REOPEN -> sheet -> sheet.reopen("数据有误");
            case RECORD_FILED -> ScoreSheet::recordAsFiled;
        };
    }

    @Test
    void theLabelsOfTheRefusalsAreTheOnesThePagesShow() {
        assertThat(SheetTransition.SUBMIT.label()).isEqualTo("提交");
        assertThat(SheetTransition.APPROVE.label()).isEqualTo("审核通过");
        assertThat(SheetTransition.RETURN.label()).isEqualTo("退回");
        assertThat(SheetTransition.REOPEN.label()).isEqualTo("重新打开");
    }

    @ParameterizedTest
    @CsvSource(value = {"NULL", "''", "'  '"}, nullValues = "NULL")
    void returnAndReopenNeedAText(String text) {
        ScoreSheet submitted = SheetMother.in(SheetStatus.SUBMITTED);
        assertThatThrownBy(() -> submitted.returnForRevision(text)).isExactlyInstanceOf(SheetStateException.class)
                .hasMessage("退回时必须填写退回意见。");
        assertThat(submitted.getStatus()).isEqualTo(SheetStatus.SUBMITTED);

        ScoreSheet approved = SheetMother.in(SheetStatus.APPROVED);
        assertThatThrownBy(() -> approved.reopen(text)).isExactlyInstanceOf(SheetStateException.class)
                .hasMessage("重新打开已通过的自评表时必须填写理由。");
        assertThat(approved.getStatus()).isEqualTo(SheetStatus.APPROVED);
    }

    @Test
    void anIncompleteSheetIsNotSubmittedButAFiledReportIsRecordedAsItWas() {
        ScoreSheet sheet = SheetMother.emptyDraft();
        assertThatThrownBy(sheet::submit).isInstanceOf(IncompleteSheetException.class)
                .hasMessageStartingWith("自评表还不能提交：项目资金：未填写全年预算数；");
        assertThat(sheet.getStatus()).isEqualTo(SheetStatus.DRAFT);

        sheet.recordAsFiled();
        assertThat(sheet.getStatus()).isEqualTo(SheetStatus.SUBMITTED);
    }

    @Test
    void aReturnedSheetIsCorrectedAndSubmittedAgain() {
        ScoreSheet sheet = SheetMother.in(SheetStatus.RETURNED);
        sheet.reviseGoals("按期完成项目建设。", "已按期完成，另补充说明。");
        sheet.submit();
        assertThat(sheet.getStatus()).isEqualTo(SheetStatus.SUBMITTED);
        assertThat(sheet.getActualResult()).isEqualTo("已按期完成，另补充说明。");
    }
}
