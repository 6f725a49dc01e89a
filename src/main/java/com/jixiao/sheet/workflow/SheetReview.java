package com.jixiao.sheet.workflow;

import com.jixiao.sheet.SheetStatus;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.OffsetDateTime;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

/** One step of a sheet's review history: who moved it from which status to which, when, and why. */
@Entity
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class SheetReview {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long sheetId;

    @Enumerated(EnumType.STRING)
    private ReviewAction action;

    @Enumerated(EnumType.STRING)
    private SheetStatus fromStatus;

    @Enumerated(EnumType.STRING)
    private SheetStatus toStatus;

    private String comment;

    private String username;

    private String displayName;

    private OffsetDateTime occurredAt = OffsetDateTime.now();

    SheetReview(Long sheetId, ReviewAction action, SheetStatus fromStatus, SheetStatus toStatus, String comment,
                String username, String displayName) {
        this.sheetId = sheetId;
        this.action = action;
        this.fromStatus = fromStatus;
        this.toStatus = toStatus;
        this.comment = comment;
        this.username = username;
        this.displayName = displayName;
    }
}
