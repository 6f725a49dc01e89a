package com.jixiao.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.jixiao.department.DepartmentRepository;
import com.jixiao.support.Chromium;
import com.jixiao.support.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.print.PageSize;
import org.openqa.selenium.print.PrintOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The dashboards in headless Chromium under the app's real CSP: the charts draw from their JSON
 * endpoints with nothing on the console (no script error, no refused inline style), and a click on a
 * chart drills down — a scatter point to its sheet, a department's bar to its dashboard. Screenshots
 * go to target/screenshots, and to docs/ only with -Djixiao.docs.screenshots=true.
 */
class DashboardBrowserTest extends IntegrationTest {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @LocalServerPort int port;
    @Autowired DepartmentRepository departments;

    ChromeDriver browser;

    @BeforeEach
    void start() {
        browser = Chromium.start("1280,1600");
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void departmentDashboardDrawsWithoutConsoleErrorsAndAPointOpensItsSheet() throws Exception {
        long seedId = departments.findByName("承德市公安局高新技术产业开发区分局").orElseThrow().getId();
        signIn("head");
        open("/dashboard/departments/" + seedId + "/years/2021");
        waitForCharts();
        assertThat(browser.findElements(By.cssSelector("#chart-scatter canvas"))).isNotEmpty();
        assertThat(browser.findElements(By.cssSelector("#chart-grades canvas"))).isNotEmpty();
        assertThat(browser.findElement(By.id("chart-error")).isDisplayed()).isFalse();
        screenshot("dashboard-department");
        assertNoConsoleErrors();
        // On A4 the tables carry the numbers (pdftotext reads them back; charts are pictures).
        String printed = printA4("dashboard-department").replaceAll("\\s+", "");
        assertThat(printed).contains("填报进度", "等级分布", "96.04", "481.149665", "缺少偏差原因分析", "需要关注的项目")
                .doesNotContain("打印本页");

        // A point that no other point covers (several seed projects share 100 % and full marks), where ECharts drew it.
        String unique = """
                const chart = echarts.getInstanceByDom(document.getElementById('chart-scatter'));
                const data = chart.getOption().series[0].data;
                const point = data.find((p) => data.filter((q) => q.value[0] === p.value[0] && q.value[1] === p.value[1]).length === 1);
                """;
        Long sheetId = (Long) browser.executeScript(unique + "return point.sheetId;");
        clickAt("chart-scatter", unique + "return chart.convertToPixel({seriesIndex: 0}, point.value);");
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> d.getCurrentUrl().contains("/sheets/"));
        assertThat(browser.getCurrentUrl()).endsWith("/sheets/" + sheetId);
    }

    @Test
    void provinceDrawsWithoutConsoleErrorsSortsAndABarOpensTheDepartment() throws Exception {
        signIn("auditor");
        open("/dashboard/province?year=2021");
        waitForCharts();
        assertThat(browser.findElements(By.cssSelector("#chart-score canvas"))).isNotEmpty();
        browser.findElement(By.cssSelector("#sorter [data-sort=score]")).click();
        assertThat(browser.findElement(By.cssSelector("main")).getDomAttribute("data-sorted-by")).isEqualTo("score");
        screenshot("dashboard-province");
        assertNoConsoleErrors();

        // The top bar after sorting by average score: the department with the best average.
        String url = (String) browser.executeScript("""
                const chart = echarts.getInstanceByDom(document.getElementById('chart-score'));
                return chart.getOption().series[0].data[0].url;""");
        clickAt("chart-score", """
                const chart = echarts.getInstanceByDom(document.getElementById('chart-score'));
                const first = chart.getOption().series[0].data[0];
                return chart.convertToPixel({seriesIndex: 0}, [Number(first.value) / 2, 0]);""");
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> d.getCurrentUrl().contains("/dashboard/departments/"));
        assertThat(browser.getCurrentUrl()).endsWith(url);
        waitForCharts();
        assertNoConsoleErrors();
    }

    /** Prints the page to an A4 portrait PDF under target/screenshots and returns its text. */
    private String printA4(String name) throws Exception {
        PrintOptions options = new PrintOptions();
        options.setPageSize(new PageSize(29.7, 21.0));
        options.setOrientation(PrintOptions.Orientation.PORTRAIT);
        Path pdf = SCREENSHOTS.resolve(name + ".pdf");
        Files.write(pdf, Base64.getDecoder().decode(browser.print(options).getContent()));
        Process process = new ProcessBuilder("pdftotext", "-enc", "UTF-8", pdf.toString(), "-").start();
        String text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).isZero();
        return text;
    }

    /** Clicks inside the chart at the pixel the script returns (relative to the chart's top-left corner). */
    private void clickAt(String chartId, String pixelScript) {
        WebElement chart = browser.findElement(By.id(chartId));
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'});", chart);
        @SuppressWarnings("unchecked")
        List<Number> pixel = (List<Number>) browser.executeScript(pixelScript);
        int x = (int) Math.round(pixel.get(0).doubleValue() - chart.getSize().getWidth() / 2.0);
        int y = (int) Math.round(pixel.get(1).doubleValue() - chart.getSize().getHeight() / 2.0);
        new Actions(browser).moveToElement(chart, x, y).click().perform();
    }

    private void waitForCharts() {
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> "true".equals(
                d.findElement(By.cssSelector("main")).getDomAttribute("data-charts-ready"))
                || d.findElement(By.id("chart-error")).isDisplayed());
        assertThat(browser.findElement(By.id("chart-error")).isDisplayed()).as("charts failed to load").isFalse();
    }

    private void assertNoConsoleErrors() {
        List<LogEntry> entries = browser.manage().logs().get(LogType.BROWSER).getAll();
        assertThat(entries).as("browser console").noneMatch(entry -> entry.getLevel().intValue() >= Level.WARNING.intValue());
    }

    private void screenshot(String name) throws Exception {
        Files.createDirectories(SCREENSHOTS);
        Path file = SCREENSHOTS.resolve(name + ".png");
        Files.write(file, browser.getScreenshotAs(OutputType.BYTES));
        if (Boolean.getBoolean("jixiao.docs.screenshots")) {
            Files.copy(file, Path.of("docs", name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private void open(String path) {
        browser.get("http://localhost:" + port + path);
    }

    private void signIn(String username) {
        open("/login");
        browser.findElement(By.name("username")).sendKeys(username);
        browser.findElement(By.name("password")).sendKeys("jixiao-demo");
        browser.findElement(By.cssSelector("form.login-form button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(driver -> !driver.getCurrentUrl().endsWith("/login"));
        assertThat(browser.getCurrentUrl()).as("signed in as " + username).doesNotContain("/login");
        browser.manage().logs().get(LogType.BROWSER); // what the sign-in page logged is not the dashboards'
    }
}
