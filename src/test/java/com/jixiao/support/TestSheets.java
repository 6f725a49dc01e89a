package com.jixiao.support;

import com.jixiao.department.Department;
import com.jixiao.department.DepartmentRepository;
import com.jixiao.project.Project;
import com.jixiao.project.ProjectRepository;
import com.jixiao.sheet.ScoreSheet;
import com.jixiao.sheet.ScoreSheetRepository;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Object mother for sheets of the tests' own: a new project of fiscal year 2030 (so the seed
 * year's 汇总表 stays as printed) with an empty DRAFT sheet.
 */
public final class TestSheets {

    public static final int YEAR = 2030;
    private static final AtomicInteger SEQ = new AtomicInteger(1000);

    private TestSheets() {
    }

    /** @return the id of a new DRAFT sheet in the named department */
    public static Long newDraft(TransactionTemplate tx, DepartmentRepository departments, ProjectRepository projects,
                                ScoreSheetRepository sheets, String departmentName) {
        return tx.execute(status -> {
            Department department = departments.findByName(departmentName).orElseThrow();
            int seq = SEQ.incrementAndGet();
            Project project = projects.save(new Project(department, YEAR, seq, "测试项目 " + seq));
            ScoreSheet sheet = new ScoreSheet(project);
            sheet.setTitle("测试项目 " + seq + " 绩效自评表");
            return sheets.save(sheet).getId();
        });
    }
}
