package com.jixiao.narrative;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

/** A numbered section of a narrative report, e.g. 二、绩效目标实现情况. */
@Entity
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class NarrativeSection {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "report_id")
    private NarrativeReport report;

    private int position;

    private String heading;

    private String body;

    NarrativeSection(NarrativeReport report, int position, String heading, String body) {
        this.report = report;
        this.position = position;
        this.heading = heading;
        this.body = body;
    }
}
