package com.jixiao.sheet.workflow;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface SheetReviewRepository extends JpaRepository<SheetReview, Long> {

    List<SheetReview> findBySheetIdOrderByOccurredAtAscIdAsc(Long sheetId);
}
