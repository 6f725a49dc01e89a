package com.jixiao.sheet.edit;

import com.jixiao.support.Chromium;
import static org.assertj.core.api.Assertions.assertThat;

import com.jixiao.support.IntegrationTest;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import com.jixiao.demo.DemoAccounts;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.validation.BeanPropertyBindingResult;

/**
 * The editor in the real headless Chromium of the machine (.ci/run installs it), against the application on a
 * random port and the same test database as the other integration tests: a new user's path from an empty
 * department to a saved sheet, live recomputation as they type, a bad number, and a version conflict.
 */
class SheetEditorBrowserTest extends IntegrationTest {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    static WebDriver browser;

    @LocalServerPort int port;
    @Autowired EditorService editor;
    @Autowired UserDetailsService userDetails;


    @BeforeAll
    static void startBrowser() throws IOException {
        browser = Chromium.start("1400,2200");
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aNewUserCreatesFillsAndSavesASheetAndMeetsABadNumberAndAConflict() throws Exception {
        String department = EditorFixtures.unique("浏览器测试部门");
        String code = EditorFixtures.unique("E2E").toUpperCase();

        // The administrator adds a department through the maintenance pages …
        signIn("admin");
        open("/departments/new");
        type(By.id("name"), department);
        browser.findElement(By.cssSelector("form.edit-form button[type=submit]")).click();
        // The click submits; the saved page may not be there yet when the click returns.
        assertThat(waitFor(By.id("notice")).getText()).isEqualTo("已保存。");
        browser.findElement(By.cssSelector(".user-nav form button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/login?logout"));

        // … and the finance officer adds a project of their own department and fills its sheet.
        signIn("officer");
        open("/projects/new?year=2031");
        new Select(browser.findElement(By.id("departmentId"))).selectByVisibleText(DemoAccounts.SEED_DEPARTMENT);
        type(By.id("code"), code);
        type(By.id("name"), "社区警务站建设");
        browser.findElement(By.id("save-project")).click();
        // The click submits; the saved page may not be there yet when the click returns.
        assertThat(waitFor(By.id("notice")).getText()).isEqualTo("已保存。");

        open("/projects?year=2031&q=" + code);
        assertThat(browser.findElements(By.cssSelector("#project-table tbody tr"))).hasSize(1);
        browser.findElement(By.cssSelector("#project-table a.new-sheet")).click();
        browser.findElement(By.id("create-from-template")).click();
        waitFor(By.id("sheet-form"));
        String editUrl = browser.getCurrentUrl();
        long sheetId = Long.parseLong(editUrl.replaceAll(".*/sheets/(\\d+)/edit.*", "$1"));

        // Funds: the total row sums the parts, the rate and points follow as one types.
        type(By.id("funds-APPROPRIATION-annualBudget"), "80");
        type(By.id("funds-CARRY_OVER-annualBudget"), "20");
        type(By.id("funds-APPROPRIATION-executed"), "95");
        waitForText(By.id("funds-rate"), "95%");
        assertThat(text(By.id("funds-total-annualBudget"))).isEqualTo("100");
        assertThat(text(By.id("funds-score"))).isEqualTo("9.5");
        type(By.id("expectedGoal"), "建成两个社区警务站");
        type(By.id("actualResult"), "两个警务站已投入使用");

        // Rows: the add button posts the form (no JavaScript needed) and keeps what was typed.
        addRow("数量指标");
        assertThat(browser.findElement(By.id("expectedGoal")).getAttribute("value")).isEqualTo("建成两个社区警务站");
        fillRow(0, "警务站建设数量", "≥2个", "2个", "50");
        addRow("社会效益指标");
        fillRow(1, "辖区治安状况", "有效提升", "明显改善", "30");
        new Select(browser.findElement(By.id("r1-answer"))).selectByValue("ACHIEVED");
        type(By.id("r1-score"), "27");
        type(By.id("r1-deviationNote"), "夜间巡逻覆盖不足，次年增加班次");
        addRow("服务对象满意度指标");
        fillRow(2, "群众满意度", "≥90%", "96%", "10");
        waitForText(By.id("total-computed"), "96.5");
        assertThat(text(By.id("grade-computed"))).isEqualTo("优");
        assertThat(text(By.id("calc-r1"))).contains("得分区间 [24.00, 30.00]");
        screenshot("1-filled");

        // The total and grade follow the actual value as it is typed.
        type(By.id("r0-actual"), "1个");
        waitForText(By.id("total-computed"), "71.5");
        assertThat(text(By.id("grade-computed"))).isEqualTo("中");
        assertThat(text(By.id("calc-r0"))).contains("25");
        screenshot("2-recomputed");
        type(By.id("r0-actual"), "2个");
        waitForText(By.id("total-computed"), "96.5");

        browser.findElement(By.id("save")).click();
        waitForText(By.id("notice"), "草稿已保存。");
        browser.navigate().refresh();
        assertThat(value("r0-name")).isEqualTo("警务站建设数量");
        assertThat(value("r1-score")).isEqualTo("27");
        assertThat(value("funds-CARRY_OVER-annualBudget")).isEqualTo("20");
        assertThat(text(By.id("total-computed"))).isEqualTo("96.5");
        assertThat(text(By.id("grade-computed"))).isEqualTo("优");
        screenshot("3-saved");
        // The README's picture is refreshed only when asked (-Djixiao.docs.screenshots=true): a plain test run
        // leaves the working tree as it found it.
        if (Boolean.getBoolean("jixiao.docs.screenshots")) {
            Files.copy(SCREENSHOTS.resolve("3-saved.png"), Path.of("docs", "editor.png"),
                    StandardCopyOption.REPLACE_EXISTING);
        }

        // A bad number: a message beside the field, live and on save; the typed value stays.
        type(By.id("r0-weight"), "五十");
        waitFor(By.cssSelector("#input-errors li"));
        assertThat(text(By.id("input-errors"))).contains("分值须填写数字");
        browser.findElement(By.id("save")).click();
        WebElement error = waitFor(By.cssSelector("#r0-weight + .field-error"));
        assertThat(error.getText()).contains("分值须填写数字", "五十");
        assertThat(value("r0-weight")).isEqualTo("五十");
        screenshot("4-bad-number");
        type(By.id("r0-weight"), "50");

        // A 1 MB paste goes through the real Tomcat (≈9 MB encoded) and comes back as a message, not a lost form.
        ((JavascriptExecutor) browser).executeScript(
                "document.getElementById('expectedGoal').value = '很'.repeat(1048576);");
        browser.findElement(By.id("save")).click();
        WebElement tooLong = waitFor(By.cssSelector("#expectedGoal + .field-error"));
        assertThat(tooLong.getText()).contains("最多 5000 个字", "1048576");
        assertThat(value("r0-name")).isEqualTo("警务站建设数量");
        type(By.id("expectedGoal"), "建成两个社区警务站");

        // Someone else saves meanwhile; this browser's save then gets the conflict page with both values.
        asOfficer(() -> {
            EditorService.Opened other = editor.open(sheetId);
            other.form().setExpectedGoal("建成三个社区警务站（他人修改）");
            editor.save(sheetId, other.form(), SheetFormReader.read(other.form(),
                    new BeanPropertyBindingResult(other.form(), "form")), false);
        });
        type(By.id("actualResult"), "两个警务站已投入使用，群众反映良好");
        browser.findElement(By.id("save")).click();
        waitFor(By.id("conflict-table"));
        List<String> rows = browser.findElements(By.cssSelector("#conflict-table tr.conflict-row")).stream()
                .map(WebElement::getText).toList();
        assertThat(rows).anyMatch(r -> r.contains("预期目标") && r.contains("他人修改") && r.contains("建成两个社区警务站"));
        assertThat(value("actualResult")).isEqualTo("两个警务站已投入使用，群众反映良好");
        screenshot("5-conflict");

        // Re-applying the own input against the new version saves it.
        browser.findElement(By.id("save")).click();
        waitForText(By.id("notice"), "草稿已保存。");
        assertThat(value("actualResult")).isEqualTo("两个警务站已投入使用，群众反映良好");
        assertThat(value("expectedGoal")).isEqualTo("建成两个社区警务站");
    }

    private void signIn(String username) {
        open("/login");
        type(By.name("username"), username);
        type(By.name("password"), "jixiao-demo");
        browser.findElement(By.cssSelector("form.login-form button[type=submit]")).click();
        // The browser navigates after the click: wait for it before judging where it landed.
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(driver -> !driver.getCurrentUrl().endsWith("/login"));
        assertThat(browser.getCurrentUrl()).as("signed in as " + username).doesNotContain("/login");
    }

    /** Runs a direct service call as the demo officer: "someone else" saving meanwhile. */
    private void asOfficer(Runnable action) {
        var context = SecurityContextHolder.createEmptyContext();
        UserDetails officer = userDetails.loadUserByUsername("officer");
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(officer, null,
                officer.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            action.run();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private void open(String path) {
        browser.get("http://localhost:" + port + path);
    }

    private void addRow(String level2) {
        WebElement button = browser.findElement(By.cssSelector("button.add-row[data-level2='" + level2 + "']"));
        button.click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.stalenessOf(button));
        waitFor(By.id("sheet-form"));
    }

    private void fillRow(int i, String name, String target, String actual, String weight) {
        type(By.id("r" + i + "-name"), name);
        type(By.id("r" + i + "-target"), target);
        type(By.id("r" + i + "-actual"), actual);
        type(By.id("r" + i + "-weight"), weight);
    }

    private static void type(By by, String text) {
        WebElement field = browser.findElement(by);
        field.clear();
        field.sendKeys(text);
    }

    private static String value(String id) {
        return browser.findElement(By.id(id)).getAttribute("value");
    }

    private static String text(By by) {
        return browser.findElement(by).getText();
    }

    private static WebElement waitFor(By by) {
        return new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(by));
    }

    private static void waitForText(By by, String text) {
        // The live preview replaces these cells while we read them: a stale cell means "read again", not a failure.
        new WebDriverWait(browser, Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class).withMessage(() -> by + " should read " + text + " but reads "
                + browser.findElements(by).stream().map(WebElement::getText).toList())
                .until(driver -> driver.findElements(by).stream().anyMatch(e -> e.getText().equals(text)));
    }

    private static void screenshot(String name) throws IOException {
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }
}
