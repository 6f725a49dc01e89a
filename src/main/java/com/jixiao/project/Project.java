package com.jixiao.project;

import com.jixiao.department.Department;
import com.jixiao.department.Office;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.IntSupplier;
import java.util.function.Supplier;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

/**
 * A budget project (预算项目) of one fiscal year. The {@code summary*} and {@code published*} fields
 * keep the 汇总表 row exactly as an imported report printed it, so that checks can compare it with
 * the project's own 自评表.
 *
 * <p>No setters: the form changes a project through {@link #revise}, which refuses to change what a submitted or
 * approved sheet locks ({@link ProjectLock}); an import records the printed 汇总表 row with {@link #recordPublishedRow}.
 */
@Entity
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class Project {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "department_id")
    private Department department;

    private int fiscalYear;

    /** 序号 in the department's 汇总表. */
    private int seq;

    /** 项目编码, e.g. 130811213QX4TBVF3N040; not every report prints one. */
    private String code;

    private String name;

    /** 项目名称 as printed in the 汇总表 (often differs from the sheet's). */
    private String summaryName;

    /** 资金使用单位(科室)名称 as printed in the 汇总表. */
    private String usingOfficeName;

    /** 资金 as printed in the 汇总表 (万元). */
    private BigDecimal publishedFunds;

    /** 自评得分 as printed in the 汇总表. */
    private BigDecimal publishedScore;

    /** 自评等级 as printed in the 汇总表. */
    private String publishedGrade;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "supervising_office_id")
    private Office supervisingOffice;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "implementing_office_id")
    private Office implementingOffice;

    /** 联系人及电话. */
    private String contact;

    @Version
    private long version;

    public Project(Department department, int fiscalYear, int seq, String name) {
        this.department = Objects.requireNonNull(department, "department");
        this.fiscalYear = fiscalYear;
        this.seq = seq;
        this.name = Objects.requireNonNull(name, "name");
    }

    /** A project as the project form creates it. */
    public Project(ProjectDetails details, int seq) {
        this(details.department(), details.fiscalYear(), seq, details.name());
        this.code = details.code();
        this.supervisingOffice = details.supervisingOffice();
        this.implementingOffice = details.implementingOffice();
        this.contact = details.contact();
    }

    /**
     * The project form's save. What the project's sheet was submitted under — name, code, year, department, offices —
     * changes only when {@code lock} allows; the contact always may.
     *
     * @param lock    asked only when one of those changes (it may lock the sheet's row to answer)
     * @param nextSeq the 序号 at the end of the new department-year, asked only when the project moves there
     * @throws ProjectLockedException naming the fields the details would change, when the sheet locks them
     */
    public void revise(ProjectDetails details, Supplier<ProjectLock> lock, IntSupplier nextSeq) {
        List<String> changed = new ArrayList<>();
        if (!name.equals(details.name())) {
            changed.add("name");
        }
        if (!Objects.equals(code, details.code())) {
            changed.add("code");
        }
        if (fiscalYear != details.fiscalYear()) {
            changed.add("fiscalYear");
        }
        if (!same(department, details.department(), Department::getId)) {
            changed.add("departmentId");
        }
        if (!same(supervisingOffice, details.supervisingOffice(), Office::getId)) {
            changed.add("supervisingOfficeId");
        }
        if (!same(implementingOffice, details.implementingOffice(), Office::getId)) {
            changed.add("implementingOfficeId");
        }
        if (!changed.isEmpty()) {
            ProjectLock now = lock.get();
            if (now != ProjectLock.NONE) {
                throw new ProjectLockedException(now.message(), changed);
            }
        }
        if (changed.contains("departmentId") || changed.contains("fiscalYear")) {
            // 序号 numbers the projects of one department-year (the 汇总表 order): a moved project goes last.
            this.seq = nextSeq.getAsInt();
        }
        this.department = Objects.requireNonNull(details.department(), "department");
        this.fiscalYear = details.fiscalYear();
        this.name = Objects.requireNonNull(details.name(), "name");
        this.code = details.code();
        this.supervisingOffice = details.supervisingOffice();
        this.implementingOffice = details.implementingOffice();
        this.contact = details.contact();
    }

    /**
     * The project's row of a filed 汇总表 as printed: 项目名称, 资金使用单位(科室)名称, 资金, 自评得分, 自评等级, 联系人及电话 —
     * kept so that checks can compare it with the project's own 自评表.
     */
    public void recordPublishedRow(String summaryName, String usingOfficeName, BigDecimal funds, BigDecimal score,
                                   String grade, String contact) {
        this.summaryName = summaryName;
        this.usingOfficeName = usingOfficeName;
        this.publishedFunds = funds;
        this.publishedScore = score;
        this.publishedGrade = grade;
        this.contact = contact;
    }

    /** The same row: by id, since one side may be a lazy proxy; by reference while not yet saved. */
    private static <T> boolean same(T a, T b, Function<T, Long> id) {
        if (a == b) {
            return true;
        }
        return a != null && b != null && id.apply(a) != null && id.apply(a).equals(id.apply(b));
    }
}
