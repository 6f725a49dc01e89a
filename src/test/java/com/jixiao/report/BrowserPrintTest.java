package com.jixiao.report;

import com.jixiao.support.Chromium;
import static org.assertj.core.api.Assertions.assertThat;

import com.jixiao.department.DepartmentRepository;
import com.jixiao.support.IntegrationTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.ArrayList;
import java.util.List;
import com.jixiao.support.DocsScreenshots;
import com.jixiao.support.PdfLayout;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.openqa.selenium.print.PageSize;
import org.openqa.selenium.print.PrintOptions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Prints the pages made for paper in headless Chromium (Debian's, with its chromedriver) and reads
 * the PDF back with PDFBox: the Chinese must come out as text, which it does not when the
 * font is missing (boxes), and the layout must be clean ({@link PdfLayout}). The PDFs and screenshots
 * are kept under target/print for a look.
 */
class BrowserPrintTest extends IntegrationTest {

    private static final Path OUT = Path.of("target/print");
    private static org.openqa.selenium.chrome.ChromeDriver driver;

    @LocalServerPort int port;
    @Autowired DepartmentRepository departments;
    @Autowired JdbcTemplate jdbc;

    @BeforeAll
    static void startBrowser() throws Exception {
        Files.createDirectories(OUT);
        driver = Chromium.start("1400,1000");
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    @AfterAll
    static void stopBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    Long seedId() {
        return departments.findByName("承德市公安局高新技术产业开发区分局").orElseThrow().getId();
    }

    /** Opens the page, saves a screenshot, prints it to A4 PDF and returns PDFBox's reading of it, page by page. */
    List<String> print(String path, String name, boolean landscape) throws Exception {
        signInOnce();
        driver.get("http://localhost:" + port + path);
        assertThat(driver.findElements(By.tagName("h1"))).as(path).isNotEmpty();
        Files.write(OUT.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
        PrintOptions options = new PrintOptions();
        options.setPageSize(new PageSize(29.7, 21.0));
        options.setOrientation(landscape ? PrintOptions.Orientation.LANDSCAPE : PrintOptions.Orientation.PORTRAIT);
        options.setBackground(true);
        byte[] pdf = Base64.getDecoder().decode(driver.print(options).getContent());
        Files.write(OUT.resolve(name + ".pdf"), pdf);
        assertThat(PdfLayout.problems(PdfLayout.read(pdf))).as(path).isEmpty();
        List<String> pages = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (int i = 1; i <= document.getNumberOfPages(); i++) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setStartPage(i);
                stripper.setEndPage(i);
                pages.add(stripper.getText(document));
            }
        }
        return pages;
    }

    static boolean signedIn;

    /** Signs the browser in as the auditor through the real login page. */
    void signInOnce() {
        if (signedIn) {
            return;
        }
        driver.get("http://localhost:" + port + "/login");
        driver.findElement(By.name("username")).sendKeys("auditor");
        driver.findElement(By.name("password")).sendKeys("jixiao-demo");
        driver.findElement(By.cssSelector("form.login-form button[type=submit]")).click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> !d.getCurrentUrl().endsWith("/login"));
        assertThat(driver.getCurrentUrl()).doesNotContain("/login");
        signedIn = true;
    }

    /** A table cell's text breaks where the cell wraps; compare without line breaks and spaces. */
    static String squeezed(String text) {
        return text.replaceAll("\\s+", "");
    }

    @Test
    void officialSummaryPrintsLandscapeWithTheSevenColumnsOnly() throws Exception {
        List<String> pages = print("/departments/" + seedId() + "/years/2021/summary/print", "summary", true);
        DocsScreenshots.pdfPage(Files.readAllBytes(OUT.resolve("summary.pdf")), 0, "print-summary-after");

        assertThat(pages).hasSize(1);
        assertThat(squeezed(pages.get(0))).contains("2021年度高新区公安分局项目支出绩效自评情况汇总表", "预算部门(盖章)",
                "单位：万元", "序号资金使用单位(科室)名称项目名称资金自评得分自评等级联系人及电话", "43.95235",
                "机关所站运转专项58.76231574优秀");
        assertThat(squeezed(pages.get(0))).doesNotContain("按规则", "状态", "96.04", "有误", "下载PDF", "打印稽核附表");
    }

    @Test
    void theWorkingSummaryPrintedWithCtrlPIsTheOfficialFormInSeqOrder() throws Exception {
        // Sorted by computed score on screen; on paper the seven official columns in 序号 order, nothing computed.
        List<String> pages = print("/departments/" + seedId() + "/years/2021/summary?sort=computed,desc",
                "summary-ctrl-p", true);

        assertThat(pages).hasSize(1);
        String text = squeezed(pages.get(0));
        assertThat(text).contains("2021年度高新区公安分局项目支出绩效自评情况汇总表", "预算部门(盖章)", "单位：万元",
                "序号资金使用单位(科室)名称项目名称资金自评得分自评等级联系人及电话", "机关所站运转专项58.76231574优秀");
        assertThat(text.indexOf("1")).isLessThan(text.indexOf("机关所站运转专项"));
        assertThat(text).doesNotContain("按规则", "状态", "问题数", "工作视图", "打印稽核附表", "有误");
    }

    @Test
    void auditAnnexPrintsTheWorkingView() throws Exception {
        String text = squeezed(String.join("", print("/departments/" + seedId() + "/years/2021/audit-annex/print",
                "audit-annex", true)));

        assertThat(text).contains("稽核附表", "按规则得分", "481.149665", "平均96.04", "96.03", "74.383%");
    }

    @Test
    void sheetPrintsInTheAttachmentOneLayout() throws Exception {
        Long sheetId = jdbc.queryForObject(
                "select id from score_sheet where title = '执法办案中心建设项目支出绩效自评表'", Long.class);

        String text = squeezed(String.join("", print("/sheets/" + sheetId + "/print", "sheet", false)));
        DocsScreenshots.pdfPage(Files.readAllBytes(OUT.resolve("sheet.pdf")), 0, "print-sheet-after");

        assertThat(text).contains("附1", "执法办案中心建设项目支出绩效自评表", "年度资金总额", "19.997%", "三级指标",
                "装备购置完成率", "办案民警满意度", "总分");
        assertThat(text).doesNotContain("下载PDF", "返回自评表", "按规则");
    }

    @Test
    void departmentReportPrintsNarrativeSummaryAndEverySheetOnTheirOwnPages() throws Exception {
        List<String> pages = print("/departments/" + seedId() + "/years/2021/report/print", "department-report", false);

        String squeezed = squeezed(String.join("", pages));
        assertThat(squeezed).contains("一、绩效自评工作开展情况", "四、整改措施及结果应用",
                "2021年度高新区公安分局项目支出绩效自评情况汇总表", "43.95235", "装备购置完成率");
        // The narrative, the 汇总表 and each 自评表 start a page.
        Integer sheets = jdbc.queryForObject("""
                select count(*) from score_sheet s join project p on p.id = s.project_id
                where p.department_id = ? and p.fiscal_year = 2021""", Integer.class, seedId());
        long sheetStarts = pages.stream().filter(page -> squeezed(page).replaceFirst("^第\\d+页", "").startsWith("附1")).count();
        assertThat(sheetStarts).isEqualTo(sheets.longValue());
        // At least one page of narrative and one of 汇总表 before the sheets.
        assertThat(pages.size()).isGreaterThanOrEqualTo(sheets + 2);
    }
}
