package com.jixiao.sheet.edit;

import java.time.Duration;
import java.util.function.Supplier;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The steps the editor's browser tests of issue 19 share: typing, reading, waiting, and acting as the officer. */
final class EditorBrowserSteps {

    private EditorBrowserSteps() {
    }

    static void type(WebDriver browser, By by, String text) {
        WebElement field = browser.findElement(by);
        field.clear();
        field.sendKeys(text);
    }

    static String value(WebDriver browser, String id) {
        return browser.findElement(By.id(id)).getAttribute("value");
    }

    static WebElement waitFor(WebDriver browser, By by) {
        return new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(by));
    }

    /** Runs a direct service call as the demo officer, e.g. "someone else" saving meanwhile. */
    static <T> T asOfficer(UserDetailsService users, Supplier<T> action) {
        var context = SecurityContextHolder.createEmptyContext();
        UserDetails officer = users.loadUserByUsername("officer");
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(officer, null,
                officer.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return action.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
