package com.jixiao.imports;

import static org.assertj.core.api.Assertions.assertThat;

import com.jixiao.demo.SeedDocument.Sheet;
import com.jixiao.imports.AnnexFiles.Layout;
import com.jixiao.imports.AnnexFiles.Style;
import com.jixiao.imports.ImportedSheet.Indicator;
import com.jixiao.sheet.SheetPage;
import com.jixiao.sheet.SheetService;
import com.jixiao.support.IntegrationTest;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import org.springframework.security.test.context.support.WithUserDetails;

/** Jixiao's own per-sheet 附1 .xlsx (the download of /sheets/{id}.xlsx) reads back to the same values, every one of them. */
@WithUserDetails("officer")
class RoundTripTest extends IntegrationTest {

    @Autowired SheetService sheets;
    @Autowired ImportService imports;
    @Autowired JdbcTemplate jdbc;

    @Autowired MockMvc mvc;

    /**
     * The 附1 .xlsx as the sheet page's download link serves it. The request's filter chain clears the thread's
     * security context when it ends; the test's own service calls after it need it back.
     */
    byte[] export(SheetPage page) throws Exception {
        SecurityContext signedIn = SecurityContextHolder.getContext();
        try {
            return mvc.perform(get("/sheets/" + page.sheet().getId() + ".xlsx")).andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsByteArray();
        } finally {
            SecurityContextHolder.setContext(signedIn);
        }
    }

    @Test
    void everySeedSheetExportedAsXlsxReadsBackToTheSameValues() throws Exception {
        List<Long> ids = jdbc.queryForList("select s.id from score_sheet s join project p on p.id = s.project_id "
                + "join department d on d.id = p.department_id where d.name = '承德市公安局高新技术产业开发区分局' "
                + "and p.fiscal_year = 2021 and p.seq <= 13 order by s.id",
                Long.class);
        assertThat(ids).as("the seed report's sheets (other tests add projects after them)").hasSize(12);
        List<String> wrong = new ArrayList<>();
        int cells = 0;
        for (Long id : ids) {
            SheetPage page = sheets.page(id);
            ImportedSheet stored = StoredSheets.of(page);
            AnnexFile file = imports.read("附1.xlsx", export(page));
            assertThat(file.sheets()).hasSize(1);
            cells += compare("sheet " + id, stored, file.sheets().get(0), wrong);
        }
        System.out.printf("附1 round trip: 12 sheets, %d values compared, %d differ%n", cells, wrong.size());
        assertThat(wrong).isEmpty();
    }

    /** A draft made by an import, exported and imported again: matched to the same sheet, nothing changed. */
    @Test
    void aDraftExportedAndImportedAgainIsTheSameSheet() throws Exception {
        String name = "往返测试" + UUID.randomUUID().toString().substring(0, 8);
        Sheet seed = AnnexFiles.sheets().get(4);
        byte[] first = ImportPagesTest.renamed(seed, name, 2035, Style.plain(Layout.SEED));
        Long sheetId = imports.confirm(imports.stage("first.xlsx", first)).get(0);
        SheetPage before = sheets.page(sheetId);
        ImportedSheet stored = StoredSheets.of(before);

        List<Long> again = imports.confirm(imports.stage("again.xlsx", export(before)));
        assertThat(again).containsExactly(sheetId);
        List<String> wrong = new ArrayList<>();
        compare("draft", stored, StoredSheets.of(sheets.page(sheetId)), wrong);
        assertThat(wrong).isEmpty();
    }

    static int compare(String where, ImportedSheet expected, ImportedSheet read, List<String> wrong) {
        List<Object[]> pairs = new ArrayList<>();
        pairs.add(new Object[] {"project", expected.project(), read.project()});
        pairs.add(new Object[] {"code", expected.code(), read.code()});
        pairs.add(new Object[] {"year", expected.year(), read.year()});
        pairs.add(new Object[] {"supervising", expected.supervisingUnit(), read.supervisingUnit()});
        pairs.add(new Object[] {"implementing", expected.implementingUnit(), read.implementingUnit()});
        pairs.add(new Object[] {"initialBudget", expected.funds().initialBudget(), read.funds().initialBudget()});
        pairs.add(new Object[] {"annualBudget", expected.funds().annualBudget(), read.funds().annualBudget()});
        pairs.add(new Object[] {"executed", expected.funds().executed(), read.funds().executed()});
        pairs.add(new Object[] {"fundsWeight", expected.funds().weight(), read.funds().weight()});
        pairs.add(new Object[] {"fundsScore", expected.funds().enteredScore(), read.funds().enteredScore()});
        for (int k = 0; k < expected.funds().rows().size(); k++) {
            ImportedSheet.FundsRow e = expected.funds().rows().get(k);
            ImportedSheet.FundsRow r = read.funds().rows().stream().filter(x -> x.kind().equals(e.kind())).findFirst()
                    .orElse(new ImportedSheet.FundsRow(e.kind(), null, null, null));
            pairs.add(new Object[] {e.kind() + ".initial", e.initialBudget(), r.initialBudget()});
            pairs.add(new Object[] {e.kind() + ".annual", e.annualBudget(), r.annualBudget()});
            pairs.add(new Object[] {e.kind() + ".executed", e.executed(), r.executed()});
        }
        pairs.add(new Object[] {"expected", expected.goal().expected(), read.goal().expected()});
        pairs.add(new Object[] {"actual", expected.goal().actual(), read.goal().actual()});
        pairs.add(new Object[] {"rows", expected.indicators().size(), read.indicators().size()});
        for (int i = 0; i < Math.min(expected.indicators().size(), read.indicators().size()); i++) {
            Indicator e = expected.indicators().get(i);
            Indicator r = read.indicators().get(i);
            pairs.add(new Object[] {i + ".level1", e.level1(), r.level1()});
            pairs.add(new Object[] {i + ".level1Weight", e.level1Weight(), r.level1Weight()});
            pairs.add(new Object[] {i + ".level2", e.level2(), r.level2()});
            pairs.add(new Object[] {i + ".level3", e.level3(), r.level3()});
            pairs.add(new Object[] {i + ".target", e.target(), r.target()});
            pairs.add(new Object[] {i + ".actual", e.actual(), r.actual()});
            pairs.add(new Object[] {i + ".weight", e.weight(), r.weight()});
            pairs.add(new Object[] {i + ".score", e.enteredScore(), r.enteredScore()});
            pairs.add(new Object[] {i + ".note", e.deviationNote(), r.deviationNote()});
        }
        pairs.add(new Object[] {"enteredTotal", expected.enteredTotal(), read.enteredTotal()});
        for (Object[] pair : pairs) {
            boolean same = pair[1] instanceof BigDecimal a && pair[2] instanceof BigDecimal b ? a.compareTo(b) == 0
                    : Objects.equals(pair[1], pair[2]);
            if (!same) {
                wrong.add(where + " " + pair[0] + ": stored " + pair[1] + " but read " + pair[2]);
            }
        }
        return pairs.size();
    }
}
