package com.jixiao.narrative;

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
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

/**
 * A narrative self-evaluation report (一、…五、): the department's report for a year when
 * {@code project} is null, otherwise one project's report (imported with the seed, shown on the 附1 page).
 *
 * <p>A department report is written in Jixiao: every save is a new {@link NarrativeVersion} (who, when, the whole
 * text), and {@link #getSections()} holds the text of the latest version, so the pages and the print that show
 * "the report" read one current text and the history is read only by the version pages. {@code lockVersion} is
 * the optimistic lock that keeps two people from overwriting each other's save; once the head has marked the
 * report 已提交 it refuses changes until the head withdraws the submission.
 */
@Entity
@Getter
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

    @Version
    private long lockVersion;

    /** Number of the latest {@link NarrativeVersion}; 0 for a project report, which has no versions. */
    private int currentVersion;

    /** When and by whom the head marked the report 已提交; null while it is being drafted. */
    private OffsetDateTime submittedAt;
    private String submittedBy;

    @OneToMany(mappedBy = "report", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<NarrativeSection> sections = new ArrayList<>();

    public NarrativeReport(Department department, int fiscalYear, Project project, String title) {
        this.department = department;
        this.fiscalYear = fiscalYear;
        this.project = project;
        this.title = title;
    }

    /**
     * A filed report as it was printed (imported, not typed here): the text around the numbered sections and, for a
     * department's report, the 汇总表's heading lines and the average score it printed.
     */
    public void recordFiledText(String filedPreamble, String filedClosing, String filedSummaryTitle,
                                String filedSealLine, String filedUnitLine, BigDecimal filedAverageScore) {
        preamble = filedPreamble;
        closing = filedClosing;
        summaryTitle = filedSummaryTitle;
        sealLine = filedSealLine;
        unitLine = filedUnitLine;
        printedAverageScore = filedAverageScore;
    }

    public void addSection(String heading, String body) {
        sections.add(new NarrativeSection(this, sections.size(), heading, body));
    }

    /** A department's report for a year, not yet saved: the title the outline uses. */
    public static NarrativeReport forDepartment(Department department, int fiscalYear) {
        return new NarrativeReport(department, fiscalYear, null,
                fiscalYear + "年度" + department.getName() + "项目支出绩效自评报告");
    }

    public boolean isSubmitted() {
        return submittedAt != null;
    }

    /**
     * The current text as the next version: the imported text becomes version 1, each edit the one after.
     *
     * @return the new version, for the caller to persist
     */
    public NarrativeVersion snapshot(String savedBy, OffsetDateTime savedAt) {
        currentVersion++;
        return new NarrativeVersion(this, currentVersion, savedBy, savedAt, title, preamble, closing, sections);
    }

    /**
     * Replaces the text with what was edited and records it as a new version.
     *
     * @throws NarrativeStateException when the report is 已提交
     */
    public NarrativeVersion revise(String newTitle, List<SectionText> newSections, String savedBy, OffsetDateTime savedAt) {
        if (isSubmitted()) {
            throw new NarrativeStateException("自评报告已提交，不能再修改；如需修改，请部门负责人先撤回提交。");
        }
        title = newTitle;
        sections.clear();
        newSections.forEach(section -> addSection(section.heading(), section.body()));
        return snapshot(savedBy, savedAt);
    }

    /**
     * Marks the report 已提交 (part of the department's submission to the auditors).
     *
     * @throws NarrativeStateException when it is already submitted or has never been saved
     */
    public void submit(String by, OffsetDateTime at) {
        if (isSubmitted()) {
            throw new NarrativeStateException("自评报告已于此前提交。");
        }
        if (currentVersion == 0) {
            throw new NarrativeStateException("自评报告尚未保存，不能提交。");
        }
        submittedAt = at;
        submittedBy = by;
    }

    /**
     * Withdraws the submission so that the report can be edited again.
     *
     * @throws NarrativeStateException when it is not submitted
     */
    public void reopen() {
        if (!isSubmitted()) {
            throw new NarrativeStateException("自评报告尚未提交，无需撤回。");
        }
        submittedAt = null;
        submittedBy = null;
    }
}
