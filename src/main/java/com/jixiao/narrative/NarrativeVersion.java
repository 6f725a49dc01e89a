package com.jixiao.narrative;

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
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

/** One saved state of a department report: the whole text as it was saved, who saved it and when. Never changed. */
@Entity
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class NarrativeVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "report_id")
    private NarrativeReport report;

    /** 1, 2, 3 … within the report. */
    private int number;

    /** The user name of who saved it ("导入" for the seed's imported text). */
    private String savedBy;

    private OffsetDateTime savedAt;

    private String title;
    private String preamble;
    private String closing;

    @OneToMany(mappedBy = "version", cascade = CascadeType.ALL)
    @OrderBy("position")
    private List<NarrativeVersionSection> sections = new ArrayList<>();

    NarrativeVersion(NarrativeReport report, int number, String savedBy, OffsetDateTime savedAt, String title,
                     String preamble, String closing, List<NarrativeSection> current) {
        this.report = report;
        this.number = number;
        this.savedBy = savedBy;
        this.savedAt = savedAt;
        this.title = title;
        this.preamble = preamble;
        this.closing = closing;
        for (NarrativeSection section : current) {
            sections.add(new NarrativeVersionSection(this, sections.size(), section.getHeading(), section.getBody()));
        }
    }

    public List<SectionText> texts() {
        return sections.stream().map(section -> new SectionText(section.getHeading(), section.getBody())).toList();
    }
}
