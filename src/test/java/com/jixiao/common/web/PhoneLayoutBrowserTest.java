package com.jixiao.common.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.jixiao.department.DepartmentRepository;
import com.jixiao.demo.DemoAccounts;
import com.jixiao.support.Chromium;
import com.jixiao.support.IntegrationTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The read-only pages on a phone (issue 14.7), in the real headless Chromium at 390 × 844 CSS pixels: the to-do list
 * (home), the 汇总表 and a 附1 must not scroll sideways — wide tables scroll inside their own frame — and no label or
 * header cell may wrap to one character per line. Screenshots go to target/screenshots, and to docs/ only with
 * {@code -Djixiao.docs.screenshots=true} (a plain test run leaves the working tree clean).
 */
class PhoneLayoutBrowserTest extends IntegrationTest {

    static final int WIDTH = 390;
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    /**
     * Every visible label, table header cell and 单位/盖章 line whose text wraps: a run of text (between the line
     * breaks its author wrote, such as the 附1's 年度<br>总体<br>目标) of two characters or more that the browser lays
     * out over more than two lines — the distinct tops of its line boxes. A label squeezed to one character per line
     * has as many lines as characters. Form controls inside a label are not text and are not counted.
     */
    static final String WRAPPED_LABELS = """
            const wrapped = [];
            for (const el of document.querySelectorAll('label, th, .doc-meta span')) {
              if (el.offsetParent === null) continue;
              const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
              for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                const text = node.textContent.replace(/\\s+/g, '');
                if (text.length < 2) continue;
                const range = document.createRange();
                range.selectNodeContents(node);
                const tops = new Set();
                for (const rect of range.getClientRects()) {
                  if (rect.width > 0) tops.add(Math.round(rect.top));
                }
                if (tops.size > 2) wrapped.push(text.slice(0, 16) + '：' + tops.size + ' 行');
              }
            }
            return wrapped;
            """;

    static ChromeDriver browser;

    final SoftAssertions softly = new SoftAssertions();

    @LocalServerPort int port;
    @Autowired DepartmentRepository departments;

    @BeforeAll
    static void startBrowser() throws Exception {
        browser = Chromium.start("800,900");
        // A headless window is at least 500 px wide: the phone's screen is emulated as DevTools does it, with the
        // page's viewport meta honoured (mobile) and CSS pixels as on the phone's screen.
        browser.executeCdpCommand("Emulation.setDeviceMetricsOverride", java.util.Map.of("width", WIDTH,
                "height", 844, "deviceScaleFactor", 1, "mobile", true));
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void homeSummaryAndSheetFitA390PixelPhone() throws Exception {
        Chromium.signIn(browser, "http://localhost:" + port, "officer");
        Long departmentId = departments.findByName(DemoAccounts.SEED_DEPARTMENT).orElseThrow().getId();

        check("/", "phone-home");
        assertThat(browser.findElements(By.cssSelector("#departments tbody tr"))).isNotEmpty();

        check("/departments/" + departmentId + "/years/2021/summary", "phone-summary");
        assertThat(browser.findElements(By.cssSelector("#summary-table tbody tr"))).hasSize(13);
        // The 汇总表 is far wider than the phone: it scrolls inside its own frame, not the page.
        Number tableScroll = (Number) browser.executeScript(
                "const t = document.getElementById('summary-table'); return t.scrollWidth - t.clientWidth;");
        softly.assertThat(tableScroll.intValue()).as("the table scrolls inside its frame").isPositive();

        String sheet = browser.findElement(By.cssSelector("#summary-table a[href^='/sheets/']")).getAttribute("href");
        check(sheet.substring(sheet.indexOf("/sheets/")), "phone-sheet");
        assertThat(browser.findElements(By.tagName("table"))).isNotEmpty();
        softly.assertAll();
    }

    private void check(String path, String name) throws Exception {
        browser.get("http://localhost:" + port + path);
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(driver -> "complete".equals(browser.executeScript("return document.readyState")));
        // A phone browser widens the layout viewport (zooms out) to fit a page that is too wide: that is a failure too.
        Number viewport = (Number) browser.executeScript("return window.innerWidth");
        softly.assertThat(viewport.intValue()).as(path + ": layout viewport").isEqualTo(WIDTH);
        // Taken before the checks, so that a failing layout can be seen.
        Path shot = SCREENSHOTS.resolve(name + ".png");
        Files.write(shot, browser.getScreenshotAs(OutputType.BYTES));
        if (Boolean.getBoolean("jixiao.docs.screenshots")) {
            Files.copy(shot, Path.of("docs", name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        }
        Number pageWidth = (Number) browser.executeScript("return document.scrollingElement.scrollWidth");
        @SuppressWarnings("unchecked")
        List<String> wrapped = (List<String>) browser.executeScript(WRAPPED_LABELS);
        // Printed for the record (README, before/after): the page's width and what wrapped.
        System.out.println("phone " + path + ": viewport " + viewport + ", scrollWidth " + pageWidth
                + ", wrapped labels " + wrapped);
        // Soft: every page is measured and reported, not only the first that fails.
        softly.assertThat(pageWidth.intValue()).as(path + ": no sideways scrolling of the page")
                .isLessThanOrEqualTo(WIDTH);
        softly.assertThat(wrapped).as(path + ": labels wrapped over more than two lines").isEmpty();
    }
}
