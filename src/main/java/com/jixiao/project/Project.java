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
import java.util.Objects;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;

/**
 * A budget project (预算项目) of one fiscal year. The {@code summary*} and {@code published*} fields
 * keep the 汇总表 row exactly as an imported report printed it, so that checks can compare it with
 * the project's own 自评表.
 */
@Entity
@Getter
@Setter
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

    /** The name to show in a 汇总表: the printed one where a report was imported. */
    public String displaySummaryName() {
        return summaryName != null ? summaryName : name;
    }
}
