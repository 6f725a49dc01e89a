package com.jixiao.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The machine's headless Debian Chromium for browser tests (installed by .ci/run), with the flags
 * STACK.md found to work here: without the background-networking ones it keeps calling out of a
 * closed network. Each browser gets a fresh profile folder.
 */
public final class Chromium {

    private Chromium() {
    }

    /** @param windowSize e.g. {@code "1400,2200"} */
    public static ChromeDriver start(String windowSize) {
        try {
            ChromeOptions options = new ChromeOptions();
            options.setBinary("/usr/bin/chromium");
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-quic", "--no-first-run", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync", "--lang=zh-CN",
                    "--user-data-dir=" + Files.createTempDirectory("jixiao-chromium").toAbsolutePath(),
                    "--window-size=" + windowSize);
            // Keeps the console (script errors, CSP refusals) readable through driver.manage().logs().
            options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(new File("/usr/bin/chromedriver")).usingAnyFreePort().build();
            return new ChromeDriver(service, options);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Signs the browser in through the real sign-in page with the demo password and waits until it has left it.
     *
     * @param baseUrl e.g. {@code http://localhost:8080}
     */
    public static void signIn(WebDriver driver, String baseUrl, String username) {
        driver.get(baseUrl + "/login");
        driver.findElement(By.name("username")).sendKeys(username);
        driver.findElement(By.name("password")).sendKeys("jixiao-demo");
        driver.findElement(By.cssSelector("form.login-form button[type=submit]")).click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> !d.getCurrentUrl().endsWith("/login"));
        if (driver.getCurrentUrl().contains("/login")) {
            throw new IllegalStateException(username + " could not sign in: " + driver.getCurrentUrl());
        }
    }
}
