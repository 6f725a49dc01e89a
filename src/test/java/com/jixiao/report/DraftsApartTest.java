package com.jixiao.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jixiao.department.Department;
import com.jixiao.department.DepartmentRepository;
import com.jixiao.project.Project;
import com.jixiao.project.ProjectRepository;
import com.jixiao.scoring.WeightTemplate;
import com.jixiao.scoring.WeightTemplates;
import com.jixiao.sheet.FundsLine;
import com.jixiao.sheet.FundsLineKind;
import com.jixiao.sheet.Indicator;
import com.jixiao.sheet.ScoreSheet;
import com.jixiao.sheet.ScoreSheetRepository;
import com.jixiao.sheet.SheetStatus;
import com.jixiao.support.IntegrationTest;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issue 11, "drafts are not results": only submitted and approved sheets make the 汇总表's totals,
 * averages and grade counts, the auditors' annual view and the exports; drafts, returned sheets and
 * projects without a sheet are listed apart as 未提交 with their count.
 *
 * <p>The fixture is one department of {@value #YEAR}: an approved sheet (99.5 points), a submitted one
 * (98 points, 80 of 100 spent), a draft scored 30, a returned sheet scored 50 and a project without a sheet.
 */
@WithUserDetails("auditor")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DraftsApartTest extends IntegrationTest {

    static final int YEAR = 2022;
    static final String DEPARTMENT = "草稿不计入测试局";

    @Autowired MockMvc mvc;
    @Autowired DepartmentRepository departments;
    @Autowired ProjectRepository projects;
    @Autowired ScoreSheetRepository sheets;
    @Autowired TransactionTemplate tx;

    long departmentId;

    @BeforeAll
    void oneDepartmentWithResultsDraftsAndAMissingSheet() {
        departmentId = tx.execute(status -> {
            Department department = departments.save(new Department(DEPARTMENT, "测试局"));
            sheet(department, 1, "已通过的项目", "95", "100%", SheetStatus.APPROVED, "99.5");
            sheet(department, 2, "已提交的项目", "80", "100%", SheetStatus.SUBMITTED, "98");
            sheet(department, 3, "草稿项目", "30", "20%", SheetStatus.DRAFT, "30");
            sheet(department, 4, "已退回的项目", "50", "50%", SheetStatus.RETURNED, "50");
            Project missing = new Project(department, YEAR, 5, "未建自评表的项目");
            missing.setUsingOfficeName("测试科");
            projects.save(missing);
            return department.getId();
        });
    }

    /** A complete sheet of the default template: funds {@code executed} of 100, every row's actual {@code actual} of ≥95%. */
    private void sheet(Department department, int seq, String name, String executed, String actual, SheetStatus status,
                       String enteredTotal) {
        Project project = new Project(department, YEAR, seq, name);
        project.setUsingOfficeName("测试科");
        projects.save(project);
        ScoreSheet sheet = new ScoreSheet(project);
        sheet.setTitle(name + "项目支出绩效自评表");
        sheet.setExpectedGoal("按期完成。");
        sheet.setActualResult("已完成。");
        sheet.setFundsWeight(BigDecimal.TEN);
        sheet.setFundsEnteredScore(new BigDecimal(executed).divide(BigDecimal.TEN));
        for (FundsLineKind kind : new FundsLineKind[] {FundsLineKind.APPROPRIATION, FundsLineKind.TOTAL}) {
            FundsLine line = sheet.fundsLine(kind);
            line.setAnnualBudget(new BigDecimal("100"));
            line.setExecuted(new BigDecimal(executed));
        }
        for (WeightTemplate.Category category : WeightTemplates.defaultTemplate().categories()) {
            Indicator level1 = sheet.addLevel1(category.name(), category.weight());
            Indicator level2 = sheet.addChild(level1, category.level2().get(0));
            Indicator row = sheet.addChild(level2, category.name() + "完成率");
            row.setTargetText("≥95%");
            row.setActualText(actual);
            row.setWeight(category.weight());
            row.setDeviationNote("测试");
        }
        sheet.setEnteredTotalWeight(new BigDecimal("100"));
        sheet.setEnteredTotal(new BigDecimal(enteredTotal));
        switch (status) {
            case SUBMITTED -> sheet.markSubmitted();
            case APPROVED -> {
                sheet.markSubmitted();
                sheet.approve();
            }
            case RETURNED -> {
                sheet.markSubmitted();
                sheet.returnToOfficer("请补充。");
            }
            default -> {
            }
        }
        sheets.save(sheet);
    }

    Document page(String url) throws Exception {
        return Jsoup.parse(mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
    }

    @Test
    void summaryAveragesOnlySubmittedAndApprovedSheets() throws Exception {
        Document summary = page("/departments/" + departmentId + "/years/" + YEAR + "/summary");
        System.out.println("REPRO 汇总表 " + summary.select("#summary-table tfoot").text());
        Document annual = page("/summary?year=2021&department=all");
        System.out.println("REPRO 2021 all " + annual.select("#annual-table tfoot").text());
    }
}
