package com.jixiao.sheet;

import com.jixiao.audit.AuditAction;
import com.jixiao.audit.AuditTrail;
import com.jixiao.common.web.NotFoundException;
import com.jixiao.rules.RuleCatalog;
import com.jixiao.scoring.RuleProfile;
import com.jixiao.scoring.SheetResult;
import com.jixiao.scoring.SheetResult.IndicatorResult;
import com.jixiao.security.ScopeGuard;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moving a draft to the newest version of its rule profile. Submitted and approved sheets keep the version they were
 * scored with (the aggregate refuses); a department head sees what would change — total, grade, each row's score —
 * before choosing to rescore a draft or returned sheet.
 */
@Service
@RequiredArgsConstructor
@Transactional(readOnly = true)
public class SheetRescore {

    private final ScoreSheetRepository sheets;
    private final SheetScoring scoring;
    private final RuleCatalog rules;
    private final ScopeGuard guard;
    private final AuditTrail audit;

    /** One row's score under both versions; {@code changed} when the computed or allowed score differs. */
    public record RowChange(String path, String before, String after, String explanationBefore,
                            String explanationAfter, boolean changed) {
    }

    /** What rescoring would change. {@code sheetVersion} guards the POST against a sheet saved meanwhile. */
    public record Diff(Long sheetId, String projectName, long sheetVersion, RuleProfile from, RuleProfile to,
                       BigDecimal totalBefore, BigDecimal totalAfter, String gradeBefore, String gradeAfter,
                       int findingsBefore, int findingsAfter, List<RowChange> rows) {

        public boolean anyChange() {
            return Objects.compare(totalBefore, totalAfter, BigDecimal::compareTo) != 0
                    || !Objects.equals(gradeBefore, gradeAfter) || findingsBefore != findingsAfter
                    || rows.stream().anyMatch(RowChange::changed);
        }
    }

    /**
     * The newer version a head may move this sheet to, if any: only for a draft or returned sheet of a department the
     * user reviews. Asks the database only then, so other pages cost nothing.
     */
    public Optional<RuleProfile> newerVersion(ScoreSheet sheet) {
        if (!sheet.isEditable() || !guard.canReview(sheet.getProject().getDepartment().getId())) {
            return Optional.empty();
        }
        return rules.newest(sheet.getProfileCode()).filter(p -> p.version() > sheet.getProfileVersion());
    }

    /**
     * @throws NotFoundException when the sheet is missing, out of scope, or has no newer version to move to
     */
    public Diff diff(Long sheetId) {
        ScoreSheet sheet = reviewable(sheetId);
        RuleProfile to = newerVersion(sheet).orElseThrow(() -> new NotFoundException("该自评表已按最新版评分规则计分。"));
        SheetTree tree = SheetTree.of(sheets.findIndicators(sheetId));
        SheetResult before = scoring.scored(sheet, sheet.getFundsLines(), tree).result();
        SheetResult after = scoring.scoredUnder(sheet, sheet.getFundsLines(), tree, to).result();
        List<RowChange> rows = new ArrayList<>();
        for (int i = 0; i < before.indicators().size(); i++) {
            IndicatorResult a = before.indicators().get(i);
            IndicatorResult b = after.indicators().get(i);
            String shownBefore = shown(a);
            String shownAfter = shown(b);
            rows.add(new RowChange(a.path(), shownBefore, shownAfter, a.explanation(), b.explanation(),
                    !shownBefore.equals(shownAfter) || a.deviationNoteRequired() != b.deviationNoteRequired()));
        }
        return new Diff(sheetId, sheet.getProject().getName(), sheet.getVersion(), before.profile(), to,
                before.total(), after.total(), before.grade(), after.grade(), before.findings().size(),
                after.findings().size(), rows);
    }

    private static String shown(IndicatorResult r) {
        if (r.computedScore() != null) {
            return r.computedScore().toPlainString();
        }
        return r.band() != null ? "人工评分，区间 " + r.band() : "人工评分";
    }

    /**
     * Scores the draft by version {@code toVersion} of its profile from now on.
     *
     * @return false when the sheet or the rules changed since the head looked (nothing done; show the diff again)
     */
    @Transactional
    public boolean rescore(Long sheetId, int toVersion, long seenSheetVersion) {
        ScoreSheet sheet = reviewable(sheetId);
        Optional<RuleProfile> to = newerVersion(sheet);
        if (to.isEmpty() || to.get().version() != toVersion || sheet.getVersion() != seenSheetVersion) {
            return false;
        }
        RuleProfile from = SheetScoring.profileOf(sheet);
        sheet.scoreWith(to.get());
        sheets.flush();
        audit.record(AuditAction.SHEET_RESCORE.name(), "ScoreSheet", sheetId,
                sheet.getProject().getDepartment().getId(), snapshot(sheet, from), snapshot(sheet, to.get()));
        return true;
    }

    private static Map<String, Object> snapshot(ScoreSheet sheet, RuleProfile profile) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("name", sheet.getProject().getName());
        s.put("评分规则", profile.name() + "（第 " + profile.version() + " 版）");
        return s;
    }

    private ScoreSheet reviewable(Long sheetId) {
        NotFoundException notFound = new NotFoundException("没有编号为 " + sheetId + " 的绩效自评表。");
        ScoreSheet sheet = sheets.findWithProject(sheetId).orElseThrow(() -> notFound);
        Long departmentId = sheet.getProject().getDepartment().getId();
        guard.requireView(departmentId, () -> notFound);
        guard.checkCanReview(departmentId);
        return sheet;
    }
}
