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
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.TestPropertySource;
import org.springframework.validation.BeanPropertyBindingResult;

/**
 * Issue 19.5 in the real headless Chromium, with a 2-second autosave interval: typing is saved without pressing
 * anything and survives a reload; a bad number blocks autosave with the field marked and the input kept; when
 * someone else saves first, autosave stops with a message and 保存草稿 shows the conflict page.
 */
@TestPropertySource(properties = "jixiao.editor.autosave-interval=2s")
@Import(EditorFixtures.class)
class AutosaveBrowserTest extends IntegrationTest {

    static WebDriver browser;

    @LocalServerPort int port;
    @Autowired EditorFixtures fixtures;
    @Autowired JdbcTemplate jdbc;
    @Autowired EditorService editor;
    @Autowired UserDetailsService userDetails;

    @BeforeAll
    static void startBrowser() {
        browser = Chromium.start("1400,1400");
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void typingIsSavedWhileTheOfficerTypesBadInputBlocksItAndAConflictStopsIt() throws Exception {
        Long sheet = EditorBrowserSteps.asOfficer(userDetails, () -> fixtures.draftSheet(2029));
        String editUrl = "/sheets/" + sheet + "/edit";
        Chromium.signIn(browser, base(), "officer");
        browser.get(base() + editUrl);
        waitFor(browser, By.id("sheet-form"));
        long version = version(sheet);

        // The added row is not stored yet: the page knows it has unsaved input.
        WebElement add = browser.findElement(By.cssSelector("button.add-row[data-level2='数量指标']"));
        add.click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.stalenessOf(add));
        waitFor(browser, By.id("sheet-form"));
        type(browser, By.id("r0-name"), "巡逻覆盖率");
        type(browser, By.id("r0-target"), "≥95%");
        type(browser, By.id("r0-weight"), "50");
        type(browser, By.id("expectedGoal"), "边填边自动保存的预期目标");
        type(browser, By.id("r0-actual"), "97%");
        // Saved without pressing anything (an autosave may also have stored an earlier state while typing).
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(d -> jdbc.queryForList(
                "select i.actual_text from indicator i where i.sheet_id = ? and i.level = 3", String.class, sheet)
                .equals(java.util.List.of("97%"))
                && "边填边自动保存的预期目标".equals(jdbc.queryForObject(
                        "select expected_goal from score_sheet where id = ?", String.class, sheet)));
        waitForStatus("已自动保存 \\d{2}:\\d{2}");
        assertThat(version(sheet)).isGreaterThan(version);
        // The page builds on the version it saved (the answer arrives just after the commit).
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.findElement(By.name("version"))
                .getAttribute("value").equals(String.valueOf(version(sheet))));
        if (DocsScreenshots.wanted()) {
            ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                    "document.getElementById('autosave-status').scrollIntoView({block: 'center'});");
            File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), Path.of("docs", "editor-autosave.png"), StandardCopyOption.REPLACE_EXISTING);
        }

        // Opened again: the data is there, and nothing is left over to restore (the autosave was the save). (Not a
        // refresh: the page is the answer to the add-row post, which a refresh would send again.)
        browser.get(base() + editUrl);
        waitFor(browser, By.id("sheet-form"));
        assertThat(value(browser, "expectedGoal")).isEqualTo("边填边自动保存的预期目标");
        assertThat(value(browser, "r0-actual")).isEqualTo("97%");
        assertThat(browser.findElements(By.id("kept-input"))).isEmpty();
        waitForStatus("已自动保存 \\d{2}:\\d{2}");

        // A bad number: nothing saved, the field marked and named in the status line, the typed text kept.
        // (Typed over the selection: a cleared field would be a valid blank an autosave could store meanwhile.)
        browser.findElement(By.id("r0-weight")).sendKeys(Keys.chord(Keys.CONTROL, "a"), "五十");
        waitForStatus("未自动保存.*");
        long beforeBad = version(sheet);
        assertThat(status()).contains("分值须填写数字");
        assertThat(browser.findElement(By.id("r0-weight")).getAttribute("class")).contains("invalid");
        type(browser, By.id("actualResult"), "这段文字不会丢");
        // Two more intervals: the valid text is not saved without the bad number either, and stays on the page.
        Thread.sleep(4500);
        assertThat(status()).startsWith("未自动保存");
        assertThat(value(browser, "r0-weight")).isEqualTo("五十");
        assertThat(value(browser, "actualResult")).isEqualTo("这段文字不会丢");
        assertThat(version(sheet)).isEqualTo(beforeBad);
        assertThat(jdbc.queryForObject("select actual_result from score_sheet where id = ?", String.class, sheet))
                .isNotEqualTo("这段文字不会丢");
        // Fixed: the next autosave stores everything, the mark goes.
        type(browser, By.id("r0-weight"), "50");
        waitForStatus("已自动保存 \\d{2}:\\d{2}");
        assertThat(browser.findElement(By.id("r0-weight")).getAttribute("class")).doesNotContain("invalid");
        assertThat(jdbc.queryForObject("select actual_result from score_sheet where id = ?", String.class, sheet))
                .isEqualTo("这段文字不会丢");

        // Someone else saves meanwhile: autosave never writes over it, says so and stops; the input stays.
        EditorBrowserSteps.asOfficer(userDetails, () -> {
            EditorService.Opened other = editor.open(sheet);
            other.form().setExpectedGoal("他人修改的预期目标");
            return editor.save(sheet, other.form(), SheetFormReader.read(other.form(),
                    new BeanPropertyBindingResult(other.form(), "form")), false);
        });
        type(browser, By.id("actualResult"), "冲突时仍保留的输入");
        waitForStatus("自动保存已停止.*");
        assertThat(status()).contains("其他人保存了这张表");
        assertThat(jdbc.queryForObject("select expected_goal from score_sheet where id = ?", String.class, sheet))
                .isEqualTo("他人修改的预期目标");
        assertThat(value(browser, "actualResult")).isEqualTo("冲突时仍保留的输入");
        browser.findElement(By.id("save")).click();
        waitFor(browser, By.id("conflict-table"));
        assertThat(value(browser, "actualResult")).isEqualTo("冲突时仍保留的输入");
        assertThat(status()).contains("自动保存已暂停");
    }

    private String base() {
        return "http://localhost:" + port;
    }

    private long version(Long sheet) {
        return jdbc.queryForObject("select version from score_sheet where id = ?", Long.class, sheet);
    }

    private static String status() {
        return browser.findElement(By.id("autosave-status")).getText();
    }

    private static void waitForStatus(String regex) {
        new WebDriverWait(browser, Duration.ofSeconds(15)).ignoring(StaleElementReferenceException.class)
                .withMessage(() -> "autosave status should match " + regex + " but reads " + status())
                .until(d -> status().split("\n")[0].matches(regex));
    }
}
