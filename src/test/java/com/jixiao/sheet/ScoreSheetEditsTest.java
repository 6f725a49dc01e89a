package com.jixiao.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every way to change a sheet's content, in every status: only drafts and returned sheets change. */
class ScoreSheetEditsTest {

    /** The sheet's whole content, to show that a refused edit changed nothing. */
    static List<Object> content(ScoreSheet sheet) {
        List<Object> content = new ArrayList<>(List.of(String.valueOf(sheet.getTitle()),
                String.valueOf(sheet.getYearLabel()), String.valueOf(sheet.getTranscriptionNotes()),
                String.valueOf(sheet.getExpectedGoal()), String.valueOf(sheet.getActualResult()),
                String.valueOf(sheet.getFundsWeight()), String.valueOf(sheet.getFundsEnteredScore()),
                String.valueOf(sheet.getFundsDeviationNote()), String.valueOf(sheet.getEnteredTotal())));
        sheet.getFundsLines().forEach(line -> content.add(line.getKind() + ":" + line.getAnnualBudget() + "/"
                + line.getExecuted()));
        sheet.getIndicators().forEach(node -> content.add(node.getLevel() + ":" + node.getName() + ":"
                + node.getWeight() + ":" + node.getActualText() + ":" + node.getPosition()));
        return content;
    }

    static Map<String, Consumer<ScoreSheet>> edits() {
        return Map.of(
                "retitle", sheet -> sheet.retitle("新标题", "(2030 年度)"),
                "noteTranscription", sheet -> sheet.noteTranscription("按原表录入"),
                "reviseGoals", sheet -> sheet.reviseGoals("新目标", "新情况"),
                "reviseFunds", sheet -> sheet.reviseFunds(new FundsEntry(BigDecimal.ONE, null, null, "说明", Map.of())),
                "reviseTotal", sheet -> sheet.reviseTotal(new BigDecimal("100"), new BigDecimal("1")),
                "addLevel1", sheet -> sheet.addLevel1("成本指标", BigDecimal.TEN, null),
                "addLevel2", sheet -> sheet.addLevel2(sheet.tree().level1().get(0).node(), "其他指标", null, null),
                "addRow", sheet -> sheet.addRow(sheet.tree().level1().get(0).level2().get(0).node(),
                        SheetMother.row("新指标", "≥1", "1", BigDecimal.ONE)),
                "replaceIndicators", sheet -> sheet.replaceIndicators(planOf(sheet)));
    }

    static Stream<Arguments> everyEditInEveryStatus() {
        return Stream.of(SheetStatus.values()).flatMap(status -> edits().keySet().stream().sorted()
                .map(edit -> Arguments.of(status, edit)));
    }

    @ParameterizedTest(name = "{1} while {0}")
    @MethodSource("everyEditInEveryStatus")
    void contentChangesOnlyWhileEditable(SheetStatus status, String edit) {
        ScoreSheet sheet = SheetMother.in(status);
        giveIds(sheet);
        List<Object> before = content(sheet);
        Consumer<ScoreSheet> change = edits().get(edit);
        switch (status) {
            case DRAFT, RETURNED -> {
                change.accept(sheet);
                assertThat(sheet.isEditable()).isTrue();
                if (!edit.equals("replaceIndicators")) {
                    assertThat(content(sheet)).isNotEqualTo(before);
                }
            }
            case SUBMITTED -> {
                assertThatThrownBy(() -> change.accept(sheet)).isInstanceOf(SheetNotEditableException.class)
                        .hasMessage("该自评表已提交审核，不能修改；如需修改，请部门负责人退回。");
                assertThat(content(sheet)).isEqualTo(before);
            }
            case APPROVED -> {
                assertThatThrownBy(() -> change.accept(sheet)).isInstanceOf(SheetNotEditableException.class)
                        .hasMessage("该自评表已审核通过，只读，不能修改；如需修改，请部门负责人重新打开。");
                assertThat(content(sheet)).isEqualTo(before);
            }
        }
    }

    @Test
    void replaceIndicatorsRevisesMovesAddsAndRemovesRowsButKeepsTheCategories() {
        ScoreSheet sheet = SheetMother.complete();
        SheetTree.Level1 output = sheet.tree().level1().get(0);
        Indicator quantity = output.level2().get(0).node();
        Indicator quality = output.level2().get(1).node();
        sheet.addRow(quantity, SheetMother.row("将被删除", "≥1", "1", BigDecimal.ONE));
        giveIds(sheet);
        Indicator kept = output.level2().get(0).rows().get(0);

        List<IndicatorPlan.Category> level1 = new ArrayList<>(planOf(sheet).level1());
        level1.set(0, new IndicatorPlan.Category(output.node().getId(), new BigDecimal("50"), List.of(
                new IndicatorPlan.Level2(quantity.getId(), List.of()),
                new IndicatorPlan.Level2(quality.getId(), List.of(
                        new IndicatorPlan.Row(null, SheetMother.row("新增指标", "≥90%", "95%", new BigDecimal("20"))),
                        new IndicatorPlan.Row(kept.getId(), SheetMother.row("验收合格率", "≥95%", "100%",
                                new BigDecimal("30"))))))));
        sheet.replaceIndicators(new IndicatorPlan(level1));

        SheetTree.Level1 after = sheet.tree().level1().get(0);
        assertThat(after.level2()).extracting(two -> two.node().getName()).containsExactly("数量指标", "质量指标",
                "时效指标", "成本指标");
        assertThat(after.level2().get(0).rows()).isEmpty();
        assertThat(after.level2().get(1).rows()).extracting(Indicator::getName).containsExactly("新增指标", "验收合格率");
        assertThat(after.level2().get(1).rows().get(1)).isSameAs(kept);
        assertThat(kept.getPosition()).isEqualTo(1);
        assertThat(sheet.getIndicators()).extracting(Indicator::getName).doesNotContain("将被删除");
        assertThat(sheet.missingForSubmission()).isEmpty();
    }

    @Test
    void aPlanNamingAnotherSheetsCategoryChangesNothing() {
        ScoreSheet sheet = SheetMother.complete();
        giveIds(sheet);
        List<Object> before = content(sheet);
        List<IndicatorPlan.Category> level1 = new ArrayList<>(planOf(sheet).level1());
        IndicatorPlan.Category first = level1.get(0);
        level1.set(0, new IndicatorPlan.Category(first.id(), new BigDecimal("40"), List.of(
                new IndicatorPlan.Level2(987654L, List.of()))));

        assertThatThrownBy(() -> sheet.replaceIndicators(new IndicatorPlan(level1)))
                .isInstanceOf(UnknownCategoryException.class);
        assertThat(content(sheet)).isEqualTo(before);
    }

    @Test
    void rowsGoUnderALevel2OfTheSameSheetOnly() {
        ScoreSheet sheet = SheetMother.emptyDraft();
        Indicator otherLevel2 = SheetMother.emptyDraft().tree().level1().get(0).level2().get(0).node();
        Indicator level1 = sheet.tree().level1().get(0).node();

        assertThatThrownBy(() -> sheet.addRow(otherLevel2, SheetMother.row("指标", "≥1", "1", BigDecimal.ONE)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> sheet.addRow(level1, SheetMother.row("指标", "≥1", "1", BigDecimal.ONE)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(sheet.tree().level3Rows()).isEmpty();
    }

    /** The plan that saves the sheet as it is. */
    static IndicatorPlan planOf(ScoreSheet sheet) {
        List<IndicatorPlan.Category> level1 = new ArrayList<>();
        for (SheetTree.Level1 one : sheet.tree().level1()) {
            List<IndicatorPlan.Level2> level2 = new ArrayList<>();
            for (SheetTree.Level2 two : one.level2()) {
                level2.add(new IndicatorPlan.Level2(two.node().getId(), two.rows().stream()
                        .map(row -> new IndicatorPlan.Row(row.getId(), row.entry()))
                        .toList()));
            }
            level1.add(new IndicatorPlan.Category(one.node().getId(), one.node().getWeight(), level2));
        }
        return new IndicatorPlan(level1);
    }

    /** What the database does on insert: every node gets an id, as the editor's form then names them. */
    static void giveIds(ScoreSheet sheet) {
        try {
            Field id = Indicator.class.getDeclaredField("id");
            id.setAccessible(true);
            long next = 1;
            for (Indicator node : sheet.getIndicators()) {
                if (node.getId() == null) {
                    id.set(node, next);
                }
                next++;
            }
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
