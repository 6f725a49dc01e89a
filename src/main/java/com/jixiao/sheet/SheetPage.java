package com.jixiao.sheet;

import com.jixiao.department.Department;
import com.jixiao.department.Office;
import com.jixiao.narrative.NarrativeReport;
import com.jixiao.project.Project;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;

/** Everything the 附1 page shows, loaded inside one read-only transaction. */
public record SheetPage(ScoreSheet sheet, Project project, Department department, List<FundsLine> fundsLines,
                        SheetTree tree, ScoredSheet scored, NarrativeReport projectReport) {

    public SheetPage {
        fundsLines = fundsLines.stream().sorted(Comparator.comparing(FundsLine::getKind)).toList();
    }

    public String supervisingOfficeName() {
        Office office = project.getSupervisingOffice();
        return office == null ? "" : office.getName();
    }

    public String implementingOfficeName() {
        Office office = project.getImplementingOffice();
        return office == null ? "" : office.getName();
    }

    public FundsLine totalLine() {
        return fundsLines.stream().filter(line -> line.getKind() == FundsLineKind.TOTAL).findFirst().orElse(null);
    }

    /** 执行率 B/A of the 年度资金总额 row, as the scoring rules compute it; null without a budget. */
    public BigDecimal executionRate() {
        return scored.result().funds().rate();
    }
}
