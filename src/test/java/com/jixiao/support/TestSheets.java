package com.jixiao.support;

import com.jixiao.department.Department;
import com.jixiao.department.DepartmentRepository;
import com.jixiao.project.Project;
import com.jixiao.project.ProjectRepository;
import com.jixiao.scoring.WeightTemplate;
import com.jixiao.scoring.WeightTemplates;
import com.jixiao.sheet.FundsEntry;
import com.jixiao.sheet.FundsLineKind;
import com.jixiao.sheet.Indicator;
import com.jixiao.sheet.IndicatorEntry;
import com.jixiao.sheet.ScoreSheet;
import com.jixiao.sheet.ScoreSheetRepository;
import java.math.BigDecimal;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Object mother for sheets of the tests' own: a new project of fiscal year 2030 (so the seed
 * year's 汇总表 stays as printed) with a DRAFT sheet that is complete, so it may be submitted:
 * funds 95 of 100 (9.5 points), goals, and one met row per 一级指标 of the default template. Built
 * through the sheet's own methods, as an import of a filed report builds one.
 */
public final class TestSheets {

    public static final int YEAR = 2030;
    private static final AtomicInteger SEQ = new AtomicInteger(1000);

    private TestSheets() {
    }

    /** @return the id of a new, complete DRAFT sheet in the named department */
    public static Long newDraft(TransactionTemplate tx, DepartmentRepository departments, ProjectRepository projects,
                                ScoreSheetRepository sheets, String departmentName) {
        return tx.execute(status -> {
            Department department = departments.findByName(departmentName).orElseThrow();
            int seq = SEQ.incrementAndGet();
            Project project = projects.save(new Project(department, YEAR, seq, "测试项目 " + seq));
            ScoreSheet sheet = new ScoreSheet(project);
            sheet.retitle("测试项目 " + seq + " 绩效自评表", null);
            sheet.reviseGoals("按期完成项目建设。", "已按期完成。");
            FundsEntry.Amounts amounts = new FundsEntry.Amounts(null, new BigDecimal("100"), new BigDecimal("95"), null);
            sheet.reviseFunds(new FundsEntry(new BigDecimal("10"), new BigDecimal("9.5"), null, null,
                    Map.of(FundsLineKind.APPROPRIATION, amounts, FundsLineKind.TOTAL, amounts)));
            for (WeightTemplate.Category category : WeightTemplates.defaultTemplate().categories()) {
                Indicator level1 = sheet.addLevel1(category.name(), category.weight(), null);
                Indicator level2 = sheet.addLevel2(level1, category.level2().get(0), null, null);
                sheet.addRow(level2, new IndicatorEntry(category.name() + "完成率", "≥95%", "100%", category.weight(),
                        category.weight(), null, null, null));
            }
            sheet.reviseTotal(new BigDecimal("100"), new BigDecimal("99.5"));
            return sheets.save(sheet).getId();
        });
    }
}
