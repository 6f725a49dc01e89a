package com.jixiao.sheet.workflow;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

/**
 * A head's remark on one 三级 row, attached to a return. The row's name is copied so the remark still reads after the
 * officer renames or deletes the row (the database then clears {@code indicatorId}).
 */
@Entity
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class SheetReviewRemark {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long reviewId;

    private Long indicatorId;

    private String indicatorName;

    private String remark;

    SheetReviewRemark(Long reviewId, Long indicatorId, String indicatorName, String remark) {
        this.reviewId = reviewId;
        this.indicatorId = indicatorId;
        this.indicatorName = indicatorName;
        this.remark = remark;
    }
}
