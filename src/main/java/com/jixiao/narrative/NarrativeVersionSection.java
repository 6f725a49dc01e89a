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

/** A section of a saved {@link NarrativeVersion}. */
@Entity
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class NarrativeVersionSection {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "version_id")
    private NarrativeVersion version;

    private int position;

    private String heading;

    private String body;

    NarrativeVersionSection(NarrativeVersion version, int position, String heading, String body) {
        this.version = version;
        this.position = position;
        this.heading = heading;
        this.body = body;
    }
}
