package com.jixiao.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.jixiao.department.Department;
import com.jixiao.project.Project;
import org.junit.jupiter.api.Test;

/** The aggregate refuses illegal review steps and edits by itself, with Chinese messages. */
class ScoreSheetTransitionsTest {

    static ScoreSheet draft() {
        return new ScoreSheet(new Project(new Department("测试部门", null), 2030, 1, "测试项目"));
    }

    @Test
    void aDraftIsEditableAndGoesThroughSubmitAndApprove() {
        ScoreSheet sheet = draft();
        sheet.ensureEditable();

        sheet.submit();
        assertThat(sheet.getStatus()).isEqualTo(SheetStatus.SUBMITTED);
        assertThatThrownBy(sheet::ensureEditable).isInstanceOf(SheetStateException.class).hasMessageContaining("已提交审核");

        sheet.approve();
        assertThat(sheet.getStatus()).isEqualTo(SheetStatus.APPROVED);
        assertThat(sheet.isEditable()).isFalse();
        assertThatThrownBy(sheet::ensureEditable).isInstanceOf(SheetStateException.class)
                .hasMessage("该自评表已审核通过，只读，不能修改；如需修改，请部门负责人重新打开。");
    }

    @Test
    void aReturnedSheetIsEditableAndCanBeSubmittedAgain() {
        ScoreSheet sheet = draft();
        sheet.submit();

        sheet.returnToOfficer("请补充偏差原因");
        assertThat(sheet.getStatus()).isEqualTo(SheetStatus.RETURNED);
        sheet.ensureEditable();
        sheet.submit();
        assertThat(sheet.getStatus()).isEqualTo(SheetStatus.SUBMITTED);
    }

    @Test
    void anApprovedSheetReopensOnlyWithAReason() {
        ScoreSheet sheet = draft();
        sheet.submit();
        sheet.approve();

        assertThatThrownBy(() -> sheet.reopen("  ")).isInstanceOf(SheetStateException.class)
                .hasMessage("重新打开已通过的自评表时必须填写理由。");
        assertThat(sheet.getStatus()).isEqualTo(SheetStatus.APPROVED);
        sheet.reopen("数据有误");
        assertThat(sheet.getStatus()).isEqualTo(SheetStatus.RETURNED);
    }

    @Test
    void illegalStepsAreRefused() {
        ScoreSheet sheet = draft();
        assertThatThrownBy(sheet::approve).isInstanceOf(SheetStateException.class)
                .hasMessage("自评表当前状态为“草稿”，不能审核通过。");
        assertThatThrownBy(() -> sheet.returnToOfficer("意见")).hasMessage("自评表当前状态为“草稿”，不能退回。");
        assertThatThrownBy(() -> sheet.reopen("理由")).hasMessage("自评表当前状态为“草稿”，不能重新打开。");

        sheet.submit();
        assertThatThrownBy(sheet::submit).hasMessage("自评表当前状态为“已提交”，不能提交。");
        assertThatThrownBy(() -> sheet.returnToOfficer(null)).hasMessage("退回时必须填写退回意见。");
        sheet.approve();
        assertThatThrownBy(sheet::submit).hasMessage("自评表当前状态为“已通过”，不能提交。");
        assertThatThrownBy(sheet::approve).hasMessage("自评表当前状态为“已通过”，不能审核通过。");
        assertThat(sheet.getStatus()).isEqualTo(SheetStatus.APPROVED);
    }
}
