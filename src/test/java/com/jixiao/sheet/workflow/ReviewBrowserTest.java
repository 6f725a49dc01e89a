package com.jixiao.sheet.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import com.jixiao.demo.DemoAccounts;
import com.jixiao.department.DepartmentRepository;
import com.jixiao.project.ProjectRepository;
import com.jixiao.sheet.ScoreSheetRepository;
import com.jixiao.sheet.SheetStatus;
import com.jixiao.support.Chromium;
import com.jixiao.support.IntegrationTest;
import com.jixiao.support.TestSheets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issue 19.1 and 19.3 in headless Chromium, as the people do it: the head returns a sheet with a reason and a remark
 * on one row, the officer follows the notification and the editor opens at the reason with that row marked; the head
 * approves several sheets at once. Screenshots go to target/screenshots, and to docs/ (review-thread.png,
 * bulk-review.png) only with -Djixiao.docs.screenshots=true.
 */
class ReviewBrowserTest extends IntegrationTest {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @LocalServerPort int port;
    @Autowired DepartmentRepository departments;
    @Autowired ProjectRepository projects;
    @Autowired ScoreSheetRepository sheets;
    @Autowired TransactionTemplate tx;
    @Autowired JdbcTemplate jdbc;

    ChromeDriver browser;

    @BeforeEach
    void start() {
        browser = Chromium.start("1280,1400");
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.quit();
        }
    }

    Long submittedDraft() {
        Long id = TestSheets.newDraft(tx, departments, projects, sheets, DemoAccounts.SEED_DEPARTMENT);
        jdbc.update("update score_sheet set status = 'SUBMITTED' where id = ?", id);
        return id;
    }

    @Test
    void theOfficerFindsTheHeadsReasonAndTheMarkedRowAtTheTopOfTheEditor() throws Exception {
        Long sheetId = submittedDraft();
        Long row = jdbc.queryForObject("select min(id) from indicator where sheet_id = ? and level = 3", Long.class,
                sheetId);

        Chromium.signIn(browser, base(), "head");
        open("/sheets/" + sheetId);
        browser.findElement(By.id("return-comment")).sendKeys("请补充偏差原因分析，并核对产出指标的实际完成值。");
        browser.findElement(By.cssSelector("details.return-rows summary")).click();
        browser.findElement(By.id("remark-" + row)).sendKeys("实际完成值与佐证材料不符");
        browser.findElement(By.cssSelector("#return-form button[type=submit]")).click();
        waitFor(By.id("flash-message"));
        assertThat(browser.findElement(By.id("flash-message")).getText()).isEqualTo("自评表已退回填报人修改。");
        signOut();

        Chromium.signIn(browser, base(), "officer");
        assertThat(Integer.parseInt(browser.findElement(By.id("bell-count")).getText())).isPositive();
        open("/notifications");
        browser.findElement(By.cssSelector("#notifications a[href$='/sheets/" + sheetId + "/edit#return-reason']")).click();
        waitFor(By.id("return-reason"));
        assertThat(browser.getCurrentUrl()).endsWith("/sheets/" + sheetId + "/edit#return-reason");
        WebElement reason = browser.findElement(By.id("return-reason"));
        assertThat(reason.isDisplayed()).isTrue();
        assertThat(reason.getText()).contains("请补充偏差原因分析，并核对产出指标的实际完成值。", "实际完成值与佐证材料不符");
        // Opened at the reason: the box is in the window, at its top.
        Number top = (Number) ((JavascriptExecutor) browser)
                .executeScript("return document.getElementById('return-reason').getBoundingClientRect().top;");
        assertThat(top.doubleValue()).isBetween(-5.0, 200.0);
        List<WebElement> marked = browser.findElements(By.cssSelector("tr.indicator-row.remarked"));
        assertThat(marked).hasSize(1);
        assertThat(marked.get(0).getText()).contains("退回意见：实际完成值与佐证材料不符");
        ((JavascriptExecutor) browser).executeScript("window.scrollTo(0, 0);");
        screenshot("review-thread");
    }

    @Test
    void theHeadApprovesSeveralSheetsAtOnceAndOneWithErrorsIsLeftOut() throws Exception {
        Long first = submittedDraft();
        Long second = submittedDraft();
        Long wrong = submittedDraft();
        jdbc.update("update score_sheet set entered_total = 50 where id = ?", wrong);

        Chromium.signIn(browser, base(), "head");
        open("/");
        browser.findElement(By.id("bulk-review-link")).click();
        waitFor(By.id("bulk-table"));
        WebElement blocked = browser.findElement(By.id("pick-" + wrong));
        assertThat(blocked.isEnabled()).isFalse();
        assertThat(browser.findElement(By.cssSelector("tr[data-sheet='" + wrong + "'] .blocked-reason")).getText())
                .contains("总分印为 50");
        browser.findElement(By.id("pick-" + first)).click();
        browser.findElement(By.id("pick-" + second)).click();
        screenshot("bulk-review");
        browser.findElement(By.id("bulk-approve")).click();
        waitFor(By.id("flash-message"));
        assertThat(browser.findElement(By.id("flash-message")).getText()).isEqualTo("已通过 2 张自评表。");
        assertThat(browser.findElements(By.cssSelector("tr[data-sheet='" + first + "']"))).isEmpty();
        assertThat(browser.findElements(By.cssSelector("tr[data-sheet='" + wrong + "']"))).hasSize(1);
        assertThat(sheets.findById(first).orElseThrow().getStatus()).isEqualTo(SheetStatus.APPROVED);
        assertThat(sheets.findById(second).orElseThrow().getStatus()).isEqualTo(SheetStatus.APPROVED);
        assertThat(sheets.findById(wrong).orElseThrow().getStatus()).isEqualTo(SheetStatus.SUBMITTED);
    }

    private String base() {
        return "http://localhost:" + port;
    }

    private void open(String path) {
        browser.get(base() + path);
    }

    private void signOut() {
        browser.findElement(By.cssSelector(".user-nav form button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("/login"));
    }

    private void waitFor(By locator) {
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> !d.findElements(locator).isEmpty());
    }

    private void screenshot(String name) throws Exception {
        Files.createDirectories(SCREENSHOTS);
        Path file = SCREENSHOTS.resolve(name + ".png");
        Files.write(file, browser.getScreenshotAs(OutputType.BYTES));
        if (Boolean.getBoolean("jixiao.docs.screenshots")) {
            Files.copy(file, Path.of("docs", name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
