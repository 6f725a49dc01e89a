package com.jixiao.security;

import com.jixiao.support.Chromium;
import static org.assertj.core.api.Assertions.assertThat;

import com.jixiao.department.DepartmentRepository;
import com.jixiao.project.ProjectRepository;
import com.jixiao.demo.DemoAccounts;
import com.jixiao.sheet.ScoreSheetRepository;
import com.jixiao.support.IntegrationTest;
import com.jixiao.support.TestSheets;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issue 12 in the real headless Chromium: the session ends while an officer types into a 自评表; the page says so,
 * 保存草稿 leads to sign-in (not "无权操作（403）"), sign-in leads back to the sheet, and the browser offers what was
 * typed; restored and saved, it is in the database. Leaving a page with unsaved changes asks first.
 */
class KeptInputBrowserTest extends IntegrationTest {

    static WebDriver browser;

    @LocalServerPort int port;
    @Autowired TransactionTemplate tx;
    @Autowired DepartmentRepository departments;
    @Autowired ProjectRepository projects;
    @Autowired ScoreSheetRepository sheets;
    @Autowired JdbcTemplate jdbc;

    @BeforeAll
    static void startBrowser() {
        browser = Chromium.start("1400,2200");
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void inputTypedWhenTheSessionEndedIsOfferedBackAfterSigningInAndSaved() {
        Long sheet = TestSheets.newDraft(tx, departments, projects, sheets, DemoAccounts.SEED_DEPARTMENT);
        String editUrl = "/sheets/" + sheet + "/edit";
        signIn("officer");
        open(editUrl);
        waitFor(By.id("sheet-form"));
        assertThat(browser.findElement(By.cssSelector("meta[name=jixiao-session-timeout]")).getAttribute("content"))
                .isEqualTo("1800");
        type(By.id("expectedGoal"), "会话结束前填写的预期目标");

        // The session ends on the server (idle timeout): the browser still sends its old cookie.
        browser.manage().deleteCookieNamed("JSESSIONID");
        browser.manage().addCookie(new Cookie("JSESSIONID", "0123456789ABCDEF0123456789ABCDEF"));
        type(By.id("actualResult"), "会话结束后继续填写的实际完成情况");
        // The editor's background request finds the session gone and the page says so at once.
        WebElement warning = waitFor(By.id("session-warning"));
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> warning.getText().contains("登录已超时"));

        browser.findElement(By.id("save")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/login?expired"));
        assertThat(browser.findElement(By.id("login-error")).getText()).contains("登录已超时", "本浏览器保留了您填写的内容");

        type(By.name("username"), "officer");
        type(By.name("password"), DemoAccounts.PASSWORD);
        browser.findElement(By.cssSelector("form.login-form button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains(editUrl));
        assertThat(value("expectedGoal")).isEqualTo("按期完成项目建设。");

        waitFor(By.id("kept-input"));
        browser.findElement(By.id("kept-input-restore")).click();
        assertThat(value("expectedGoal")).isEqualTo("会话结束前填写的预期目标");
        assertThat(value("actualResult")).isEqualTo("会话结束后继续填写的实际完成情况");
        browser.findElement(By.id("save")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.findElements(By.id("notice")).stream()
                .anyMatch(e -> e.getText().equals("草稿已保存。")));
        assertThat(jdbc.queryForObject("select expected_goal from score_sheet where id = ?", String.class, sheet))
                .isEqualTo("会话结束前填写的预期目标");

        // Saved: the copy is gone, nothing is offered any more.
        open(editUrl);
        waitFor(By.id("sheet-form"));
        assertThat(browser.findElements(By.id("kept-input"))).isEmpty();

        // Leaving with unsaved changes asks first: the page's beforeunload handler cancels the unload (headless
        // Chromium does not show the browser's own dialog to the driver, so the event is sent by hand).
        String leave = "var e = new Event('beforeunload', {cancelable: true}); window.dispatchEvent(e);"
                + " return e.defaultPrevented;";
        assertThat((Boolean) ((JavascriptExecutor) browser).executeScript(leave)).isFalse();
        type(By.id("actualResult"), "尚未保存的修改");
        assertThat((Boolean) ((JavascriptExecutor) browser).executeScript(leave)).isTrue();
    }

    private void signIn(String username) {
        open("/login");
        type(By.name("username"), username);
        type(By.name("password"), DemoAccounts.PASSWORD);
        browser.findElement(By.cssSelector("form.login-form button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(driver -> !driver.getCurrentUrl().contains("/login"));
    }

    private void open(String path) {
        browser.get("http://localhost:" + port + path);
    }

    private static void type(By by, String text) {
        WebElement field = browser.findElement(by);
        field.clear();
        field.sendKeys(text);
    }

    private static String value(String id) {
        return browser.findElement(By.id(id)).getAttribute("value");
    }

    private static WebElement waitFor(By by) {
        return new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(by));
    }
}
