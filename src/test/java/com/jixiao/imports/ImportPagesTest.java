package com.jixiao.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jixiao.demo.SeedDocument.Sheet;
import com.jixiao.imports.AnnexFiles.Layout;
import com.jixiao.imports.AnnexFiles.Style;
import com.jixiao.project.ProjectAdminService;
import com.jixiao.project.ProjectListRow;
import com.jixiao.security.AppUserDetailsService;
import com.jixiao.sheet.SheetStatus;
import com.jixiao.sheet.edit.EditorService;
import com.jixiao.sheet.edit.SheetForm;
import com.jixiao.support.IntegrationTest;
import java.util.List;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Upload → preview → confirm through the pages, as an officer of the seed department. */
class ImportPagesTest extends IntegrationTest {

    @Autowired MockMvc mvc;
    @Autowired AppUserDetailsService users;
    @Autowired ProjectAdminService projects;
    @Autowired EditorService editor;
    @Autowired JdbcTemplate jdbc;

    RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }

    MockHttpServletResponse upload(String username, String name, byte[] bytes) throws Exception {
        return mvc.perform(multipart("/imports").file(new MockMultipartFile("file", name,
                "application/octet-stream", bytes)).with(as(username)).with(csrf())).andReturn().getResponse();
    }

    static Document page(MockHttpServletResponse response) throws Exception {
        return Jsoup.parse(response.getContentAsString());
    }

    /** A seed sheet under a new, unique project name in a year of its own. */
    static byte[] renamed(Sheet s, String name, int year, Style style) {
        Sheet copy = new Sheet(s.title(), "(" + year + " 年度)", s.code(), name, s.supervisingOffice(),
                s.implementingOffice(), s.funds(), s.expectedGoal(), s.actualResult(), s.level1(),
                s.printedTotalWeight(), s.printedTotalScore(), s.transcriptionNotes());
        return AnnexFiles.xlsx(copy, year, style);
    }

    static int rows(Sheet s) {
        return s.level1().stream().flatMap(one -> one.level2().stream()).mapToInt(two -> two.indicators().size()).sum();
    }

    private <T> T signedIn(String username, java.util.concurrent.Callable<T> action) throws Exception {
        UserDetails principal = users.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                new UsernamePasswordAuthenticationToken(principal, null, principal.getAuthorities()));
        try {
            return action.call();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private ProjectListRow project(int year, String name) throws Exception {
        return signedIn("officer", () -> projects.search(year, null, name).stream()
                .filter(row -> row.name().equals(name)).findFirst().orElse(null));
    }

    @Test
    void previewShowsWhatWasReadThenConfirmSavesADraftAndASecondImportUpdatesIt() throws Exception {
        String name = "导入测试项目" + UUID.randomUUID().toString().substring(0, 8);
        Sheet seed = AnnexFiles.sheets().get(1);
        MockHttpServletResponse uploaded = upload("officer", "附1.xlsx", renamed(seed, name, 2032,
                new Style(Layout.MARKED, 1, 1, true, true, true)));
        assertThat(uploaded.getStatus()).isEqualTo(302);
        String previewUrl = uploaded.getRedirectedUrl();
        assertThat(project(2032, name)).as("the preview saves nothing").isNull();

        Document preview = page(mvc.perform(get(previewUrl).with(as("officer"))).andReturn().getResponse());
        assertThat(preview.select("h2").text()).isEqualTo(name);
        assertThat(preview.select(".plan").text()).isEqualTo("保存时：新建项目和自评表");
        // This seed sheet prints a 全年预算数 of 100 over rows of 82.73: said before anything is saved.
        assertThat(preview.select(".plan-warnings li").eachText())
                .containsExactly("年度资金总额的全年预算数 100 与其下各行之和 82.73 不符，保存时以各行之和为准。");
        assertThat(preview.select("table.indicators tbody tr")).hasSize(rows(seed));
        assertThat(new java.math.BigDecimal(preview.select(".entered-total").text()))
                .isEqualByComparingTo(seed.printedTotalScore());
        assertThat(preview.text()).contains("文件金额单位 元",
                seed.funds().lines().get(0).annualBudget().setScale(6).toPlainString());

        MockHttpServletResponse confirmed = mvc.perform(post(previewUrl + "/confirm").with(as("officer")).with(csrf()))
                .andReturn().getResponse();
        assertThat(confirmed.getRedirectedUrl()).isEqualTo("/imports/done");
        ProjectListRow saved = project(2032, name);
        assertThat(saved.sheetStatus().code()).isEqualTo(SheetStatus.DRAFT.name());
        SheetForm form = signedIn("officer", () -> editor.open(saved.sheetId()).form());
        assertThat(form.getRows()).hasSize(rows(seed));
        assertThat(form.getRows().get(0).getName()).isEqualTo(seed.level1().get(0).level2().get(0).indicators().get(0).name());
        assertThat(new java.math.BigDecimal(form.getFunds().get(0).getAnnualBudget()))
                .isEqualByComparingTo(seed.funds().lines().get(1).annualBudget());
        assertThat(form.getExpectedGoal()).isEqualTo(seed.expectedGoal());
        assertThat(jdbc.queryForObject("select count(*) from import_upload where id = ?", Integer.class,
                UUID.fromString(previewUrl.substring("/imports/".length())))).isZero();
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'IMPORT_CONFIRM' and department_id = ?",
                Integer.class, saved.departmentId())).isPositive();

        // The same project again, 执行数 changed: matched by name in the department and year, the draft updated.
        Sheet changed = new Sheet(seed.title(), "(2032 年度)", null, name, seed.supervisingOffice(),
                seed.implementingOffice(), seed.funds(), "新的预期目标", seed.actualResult(), seed.level1(),
                seed.printedTotalWeight(), seed.printedTotalScore(), null);
        String second = upload("officer", "again.xlsx", AnnexFiles.xlsx(changed, 2032, Style.plain(Layout.SEED)))
                .getRedirectedUrl();
        assertThat(page(mvc.perform(get(second).with(as("officer"))).andReturn().getResponse()).select(".plan").text())
                .isEqualTo("保存时：更新已有项目的自评表草稿");
        mvc.perform(post(second + "/confirm").with(as("officer")).with(csrf()));
        assertThat(project(2032, name).sheetId()).isEqualTo(saved.sheetId());
        assertThat(signedIn("officer", () -> editor.open(saved.sheetId()).form().getExpectedGoal())).isEqualTo("新的预期目标");
    }

    /** The seed's own sheets were filed (submitted): an import of them is refused, and nothing at all is saved. */
    @Test
    void thePreviewScoresUnderTheProfileTheDepartmentsNewSheetsTakeThatYear() throws Exception {
        // An administrator chooses 河北 (grades 优秀/良好/中/差) for the officer's department in 2079.
        Long department = jdbc.queryForObject("select department_id from app_user where username = 'officer'", Long.class);
        assertThat(mvc.perform(post("/admin/rules/defaults").param("departmentId", department.toString())
                .param("fiscalYear", "2079").param("profileCode", "hebei").with(as("admin")).with(csrf()))
                .andReturn().getResponse().getRedirectedUrl()).isEqualTo("/admin/rules");
        String name = "按默认规则预览" + UUID.randomUUID().toString().substring(0, 8);
        String url = upload("officer", "附1.xlsx", renamed(AnnexFiles.sheets().get(1), name, 2079,
                Style.plain(Layout.SEED))).getRedirectedUrl();

        Document preview = page(mvc.perform(get(url).with(as("officer"))).andReturn().getResponse());
        // The seed's 执法办案中心 sheet totals 92: 优 under the national rules, 优秀 under the profile it will be saved with.
        assertThat(preview.select(".computed-total").first().nextElementSibling().text()).isEqualTo("优秀");
        mvc.perform(post(url + "/confirm").with(as("officer")).with(csrf()));
        assertThat(jdbc.queryForObject("select s.profile_code from score_sheet s join project p on p.id = s.project_id "
                + "where p.name = ? and p.fiscal_year = 2079", String.class, name)).isEqualTo("hebei");
    }

    @Test
    void aSubmittedSheetIsNotOverwrittenAndNothingOfTheFileIsSaved() throws Exception {
        String name = "导入测试项目" + UUID.randomUUID().toString().substring(0, 8);
        List<Sheet> sheets = AnnexFiles.sheets();
        Sheet fresh = new Sheet(sheets.get(2).title(), sheets.get(2).yearLabel(), null, name,
                sheets.get(2).supervisingOffice(), sheets.get(2).implementingOffice(), sheets.get(2).funds(),
                sheets.get(2).expectedGoal(), sheets.get(2).actualResult(), sheets.get(2).level1(),
                sheets.get(2).printedTotalWeight(), sheets.get(2).printedTotalScore(), null);
        byte[] workbook = AnnexFiles.xlsx(List.of(fresh, sheets.get(0)), 2021, Style.plain(Layout.SEED));
        String url = upload("officer", "两张.xlsx", workbook).getRedirectedUrl();
        Document preview = page(mvc.perform(get(url).with(as("officer"))).andReturn().getResponse());
        assertThat(preview.select(".plan").eachText()).containsExactly("保存时：新建项目和自评表",
                "项目“" + sheets.get(0).projectName() + "”的自评表已提交审核，不能用导入覆盖；如需修改，请部门负责人先退回或重新打开。");
        assertThat(preview.select("#confirm")).isEmpty();

        MockHttpServletResponse refused = mvc.perform(post(url + "/confirm").with(as("officer")).with(csrf()))
                .andReturn().getResponse();
        assertThat(refused.getStatus()).isEqualTo(409);
        assertThat(page(refused).select("#refusals").text()).contains("未保存任何内容", "已提交审核");
        assertThat(project(2021, name)).isNull();
    }

    @Test
    void anotherUsersUploadIsNotFound() throws Exception {
        String url = upload("officer", "附1.xlsx", AnnexFiles.xlsx(AnnexFiles.sheets().get(3), 2021,
                Style.plain(Layout.SEED))).getRedirectedUrl();
        assertThat(mvc.perform(get(url).with(as("officer2"))).andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(mvc.perform(post(url + "/confirm").with(as("officer2")).with(csrf())).andReturn().getResponse()
                .getStatus()).isEqualTo(404);
        // An auditor has no department to import into.
        MockHttpServletResponse auditor = upload("auditor", "附1.xlsx", AnnexFiles.xlsx(AnnexFiles.sheets().get(3), 2021,
                Style.plain(Layout.SEED)));
        assertThat(auditor.getStatus()).isEqualTo(403);
    }

    @Test
    void unreadableCellsAreListedWithTheirAddress() throws Exception {
        byte[] bytes;
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook()) {
            Style style = Style.plain(Layout.SEED);
            var sheet = workbook.createSheet("附1");
            AnnexFiles.write(AnnexFiles.table(AnnexFiles.sheets().get(0), 2021, style), sheet, style);
            sheet.getRow(13).getCell(7).setCellValue("九十");
            bytes = AnnexFiles.bytes(workbook);
        }
        String url = upload("officer", "附1.xlsx", bytes).getRedirectedUrl();
        Document preview = page(mvc.perform(get(url).with(as("officer"))).andReturn().getResponse());
        assertThat(preview.select(".cell-problems li").eachText())
                .containsExactly("工作表 附1 单元格 H14：无法识别的数字 ‘九十’");
    }

    @Test
    void aFileThatIsNoAnnexOrTooLargeGetsAChinesePage() throws Exception {
        MockHttpServletResponse text = upload("officer", "notes.xlsx", "随便写的文字".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(text.getStatus()).isEqualTo(422);
        assertThat(page(text).select("#import-error").text()).isEqualTo("文件不是 Excel（.xlsx）或 Word（.docx）文件，无法读取附1。");

        MockHttpServletResponse large = upload("officer", "big.xlsx", new byte[10 * 1024 * 1024 + 1]);
        assertThat(large.getStatus()).isEqualTo(413);
        assertThat(page(large).select("#import-error").text()).isEqualTo("文件过大：附1 文件最大 10 MB，请删去无关的工作表或图片后再上传。");

        MockHttpServletResponse none = upload("officer", "empty.xlsx", new byte[0]);
        assertThat(none.getStatus()).isEqualTo(422);
        assertThat(page(none).select("#import-error").text()).isEqualTo("请选择要导入的附1 文件（.xlsx 或 .docx）。");
    }
}
