package com.jixiao.sheet.workflow;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SheetReviewRemarkRepository extends JpaRepository<SheetReviewRemark, Long> {

    @Query("""
            select r from SheetReviewRemark r where r.reviewId in
                (select v.id from SheetReview v where v.sheetId = :sheetId)
            order by r.reviewId, r.id""")
    List<SheetReviewRemark> findBySheet(Long sheetId);
}
