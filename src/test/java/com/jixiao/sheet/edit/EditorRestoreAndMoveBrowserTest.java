package com.jixiao.sheet.edit;

import static com.jixiao.sheet.edit.EditorBrowserSteps.type;
import static com.jixiao.sheet.edit.EditorBrowserSteps.value;
import static com.jixiao.sheet.edit.EditorBrowserSteps.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import com.jixiao.support.Chromium;
import com.jixiao.support.DocsScreenshots;
import com.jixiao.support.IntegrationTest;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Issue 19.5 and 19.6 in the real headless Chromium at the default autosave interval (60 s, so nothing is
 * autosaved here): input typed into a tab that is then closed is offered back when the sheet is opened again, and
 * a 三级 row moves to another 二级 and a 二级 moves up, with the keyboard only, and is saved so.
 */
@Import(EditorFixtures.class)
class EditorRestoreAndMoveBrowserTest extends IntegrationTest {

    static WebDriver browser;
    static boolean signedIn;

    @LocalServerPort int port;
    @Autowired EditorFixtures fixtures;
    @Autowired JdbcTemplate jdbc;
    @Autowired UserDetailsService userDetails;

    @BeforeAll
    static void startBrowser() {
        browser = Chromium.start("1400,1600");
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void inputOfAClosedTabIsOfferedBackAndRestored() {
        Long sheet = EditorBrowserSteps.asOfficer(userDetails, () -> fixtures.draftSheet(2029));
        String editUrl = base() + "/sheets/" + sheet + "/edit";
        signIn();
        browser.get(editUrl);
        waitFor(browser, By.id("sheet-form"));
        String version = browser.findElement(By.name("version")).getAttribute("value");
        type(browser, By.id("expectedGoal"), "关闭标签页前填写的预期目标");
        type(browser, By.id("fundsDeviationNote"), "尚未保存的偏差说明");
        // The copy is kept under the sheet and the version typed on.
        String key = "jixiao.input:sheet:" + sheet + ":v" + version;
        new WebDriverWait(browser, Duration.ofSeconds(5)).until(d -> script("return localStorage.getItem(arguments[0]);", key) != null);

        // The tab goes away without saving (as after a crash): a new tab opens the sheet again.
        String closed = browser.getWindowHandle();
        browser.switchTo().newWindow(WindowType.TAB);
        String fresh = browser.getWindowHandle();
        browser.switchTo().window(closed);
        browser.close();
        browser.switchTo().window(fresh);
        browser.get(editUrl);
        waitFor(browser, By.id("sheet-form"));
        assertThat(value(browser, "expectedGoal")).isEmpty();
        WebElement offer = waitFor(browser, By.id("kept-input"));
        assertThat(offer.getText()).contains("发现未保存的输入");
        assertThat(browser.findElement(By.id("kept-input-restore")).getText()).isEqualTo("恢复");
        assertThat(browser.findElement(By.id("kept-input-discard")).getText()).isEqualTo("放弃");

        browser.findElement(By.id("kept-input-restore")).click();
        assertThat(value(browser, "expectedGoal")).isEqualTo("关闭标签页前填写的预期目标");
        assertThat(value(browser, "fundsDeviationNote")).isEqualTo("尚未保存的偏差说明");
        browser.findElement(By.id("save")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("?saved"));
        assertThat(jdbc.queryForObject("select expected_goal from score_sheet where id = ?", String.class, sheet))
                .isEqualTo("关闭标签页前填写的预期目标");
        // Saved: the copy is gone.
        assertThat(script("return Object.keys(localStorage).filter(k => k.indexOf(arguments[0]) === 0).length;",
                "jixiao.input:sheet:" + sheet + ":")).isEqualTo(0L);
        browser.get(editUrl);
        waitFor(browser, By.id("sheet-form"));
        assertThat(browser.findElements(By.id("kept-input"))).isEmpty();
    }

    @Test
    void aRowMovesToAnotherLevel2AndALevel2MovesUpWithTheKeyboardAndIsSaved() throws Exception {
        Long sheet = EditorBrowserSteps.asOfficer(userDetails, () -> fixtures.draftSheet(2029));
        String editUrl = base() + "/sheets/" + sheet + "/edit";
        signIn();
        browser.get(editUrl);
        waitFor(browser, By.id("sheet-form"));
        press(browser.findElement(By.cssSelector("button.add-row[data-level2='数量指标']")));
        type(browser, By.id("r0-name"), "巡逻覆盖率");
        type(browser, By.id("r0-target"), "≥95%");
        press(browser.findElement(By.cssSelector("button.add-row[data-level2='数量指标']")));
        type(browser, By.id("r1-name"), "案件办结率");
        assertThat(rowsUnder("数量指标")).containsExactly("巡逻覆盖率", "案件办结率");

        // 案件办结率 belongs under 质量指标: choose it in the row's 所属二级指标 with the keyboard, then 移至.
        WebElement select = browser.findElement(By.id("r1-level2Id"));
        assertThat(browser.findElement(By.cssSelector("label[for=r1-level2Id]")).getText()).isEqualTo("所属二级指标");
        select.sendKeys(Keys.DOWN);
        assertThat(new Select(browser.findElement(By.id("r1-level2Id"))).getFirstSelectedOption().getText())
                .isEqualTo("质量指标");
        press(browser.findElement(By.cssSelector("#row-1 button.move-row")));
        assertThat(rowsUnder("数量指标")).containsExactly("巡逻覆盖率");
        assertThat(rowsUnder("质量指标")).containsExactly("案件办结率");
        assertThat(value(browser, "r0-target")).isEqualTo("≥95%");

        // 质量指标 goes above 数量指标.
        press(browser.findElement(By.cssSelector("tr.l2-row button.l2-up[aria-label*='质量指标']")));
        assertThat(level2Order()).startsWith("质量指标", "数量指标");
        if (DocsScreenshots.wanted()) {
            script("document.getElementById('indicators').scrollIntoView();");
            File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), Path.of("docs", "editor-move-row.png"), StandardCopyOption.REPLACE_EXISTING);
        }
        press(browser.findElement(By.id("save")));
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("?saved"));

        assertThat(level2Order()).startsWith("质量指标", "数量指标");
        assertThat(rowsUnder("质量指标")).containsExactly("案件办结率");
        assertThat(rowsUnder("数量指标")).containsExactly("巡逻覆盖率");
        assertThat(jdbc.queryForObject("select p.name from indicator i join indicator p on p.id = i.parent_id"
                + " where i.sheet_id = ? and i.name = '案件办结率'", String.class, sheet)).isEqualTo("质量指标");
    }

    /** Presses a button from the keyboard (focus, Enter) and waits for the page the form post answers with. */
    private static void press(WebElement button) {
        script("arguments[0].focus();", button);
        button.sendKeys(Keys.ENTER);
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.stalenessOf(button));
        waitFor(browser, By.id("sheet-form"));
    }

    private static List<String> level2Order() {
        return browser.findElements(By.cssSelector("tr.l2-row th")).stream().map(WebElement::getText).toList();
    }

    private static List<String> rowsUnder(String level2) {
        List<String> names = new ArrayList<>();
        boolean inGroup = false;
        for (WebElement tr : browser.findElements(By.cssSelector("#indicator-table tr"))) {
            String cls = tr.getAttribute("class");
            if (cls.contains("l2-row") || cls.contains("l1-row")) {
                inGroup = cls.contains("l2-row") && tr.findElement(By.tagName("th")).getText().equals(level2);
            } else if (inGroup && cls.contains("indicator-row")) {
                names.add(tr.findElement(By.cssSelector("textarea[name$='.name']")).getAttribute("value"));
            }
        }
        return names;
    }

    private void signIn() {
        if (!signedIn) {
            Chromium.signIn(browser, base(), "officer");
            signedIn = true;
        }
    }

    private String base() {
        return "http://localhost:" + port;
    }

    private static Object script(String js, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(js, args);
    }
}
