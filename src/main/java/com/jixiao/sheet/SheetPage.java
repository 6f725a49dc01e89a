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

    /** The official 附1 of this sheet, as every output lays it out. */
    public com.jixiao.common.form.FormDocument form() {
        return AnnexForm.of(this);
    }

    /** The 三级 row a row of {@link #form()} stands for ({@code indicator:<id>}); null for any other row. */
    public Indicator indicatorAt(String rowKey) {
        if (rowKey == null || !rowKey.startsWith("indicator:")) {
            return null;
        }
        Long id = Long.valueOf(rowKey.substring("indicator:".length()));
        return tree.level3Rows().stream().filter(row -> id.equals(row.getId())).findFirst().orElse(null);
    }

    /** 执行率 B/A of the 年度资金总额 row, as the scoring rules compute it; null without a budget. */
    public BigDecimal executionRate() {
        return scored.result().funds().rate();
    }
}
