package com.jixiao.report;

import com.jixiao.department.Department;
import com.jixiao.project.Project;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;

/**
 * A narrative self-evaluation report (一、…四、): the department's report for a year when
 * {@code project} is null, otherwise one project's report.
 */
@Entity
@Getter
@Setter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class NarrativeReport {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "department_id")
    private Department department;

    private int fiscalYear;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "project_id")
    private Project project;

    private String title;

    /** Text before the first numbered section. */
    private String preamble;

    /** Text after the last section, e.g. 附：绩效自评主要依据清单资料. */
    private String closing;

    /** Department reports only: the 汇总表 heading lines and the average score as printed. */
    private String summaryTitle;
    private String sealLine;
    private String unitLine;
    private BigDecimal printedAverageScore;

    @OneToMany(mappedBy = "report", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    @Setter(AccessLevel.NONE)
    private List<NarrativeSection> sections = new ArrayList<>();

    public NarrativeReport(Department department, int fiscalYear, Project project, String title) {
        this.department = department;
        this.fiscalYear = fiscalYear;
        this.project = project;
        this.title = title;
    }

    public void addSection(String heading, String body) {
        sections.add(new NarrativeSection(this, sections.size(), heading, body));
    }
}
