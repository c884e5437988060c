package org.faultline.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The map's control layer in headless Chromium (skipped without chromium and chromedriver, as
 * {@link BrowserTest}) on the control fixtures: moving the timeline brush from before Islamic State's
 * capture of Fallujah (3 January 2014) to after it recolours and relabels the place, and Mosul appears
 * once its holding starts (10 June 2014).
 */
class ControlLayerBrowserTest {

    /** An attribute of a place's control marker, read in one script: the layer is redrawn on every answer. */
    private static String marker(WebDriver d, String placeId, String attribute) {
        return (String) ((JavascriptExecutor) d).executeScript("const m = document.querySelector("
                + "'#map .control-marker[data-place-id=\"' + arguments[0] + '\"]'); return m ? m.getAttribute(arguments[1]) : null;",
                placeId, attribute);
    }

    private static String controllerOf(WebDriver d, String placeId) {
        return marker(d, placeId, "data-controller-id");
    }

    @Test
    void theLayerFollowsTheBrushAcrossACapture() throws IOException {
        assumeTrue(BrowserTest.browserInstalled(), "headless browser tests need chromium and chromedriver");
        TestServer server = TestServer.control();
        java.nio.file.Path profile = Files.createTempDirectory("faultline-chromium-control");
        ChromeDriver driver = BrowserTest.chrome(profile);
        try {
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
            JavascriptExecutor js = driver;
            driver.get(server.base + "/");
            wait.until(d -> "true".equals(d.findElement(By.tagName("body")).getAttribute("data-loaded")));
            driver.findElement(By.id("control-toggle")).click();

            js.executeScript("window.faultline.setRange('2013-12-01', '2014-01-02')");
            wait.until(d -> "IRQ/GOV".equals(controllerOf(d, "gn:99454")));
            assertEquals("2014-01-02", js.executeScript("return window.faultline.control.at"));
            assertEquals(null, controllerOf(driver, "gn:99072"), "nobody is said to hold Mosul yet");
            String before = marker(driver, "gn:99454", "stroke");
            shot(driver, "control-1-before-capture");

            js.executeScript("window.faultline.setRange('2013-12-01', '2014-07-01')");
            wait.until(d -> "ISIS".equals(controllerOf(d, "gn:99454")));
            assertEquals("Islamic State", marker(driver, "gn:99454", "data-controller"));
            assertTrue(!before.equals(marker(driver, "gn:99454", "stroke")), "recoloured: " + before);
            assertEquals("ISIS", controllerOf(driver, "gn:99072"));
            String labels = String.valueOf(js.executeScript("return [...document.querySelectorAll('#map .control-label')]"
                    + ".map(e => e.textContent).join('|')"));
            assertTrue(labels.contains("Islamic State"), labels);
            assertTrue(driver.findElement(By.id("control-legend")).getText().contains("Islamic State"));
            shot(driver, "control-2-after-capture");

            // after the stated loss of 9 July 2016 nobody is known to hold Fallujah
            js.executeScript("window.faultline.setRange('2016-07-01', '2016-07-15')");
            wait.until(d -> controllerOf(d, "gn:99454") == null && "2016-07-15".equals(
                    ((JavascriptExecutor) d).executeScript("return window.faultline.control.at")));
            driver.findElement(By.id("control-toggle")).click();
            wait.until(d -> d.findElements(By.cssSelector("#map .control-marker")).isEmpty());
        } finally {
            driver.quit();
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static void shot(ChromeDriver driver, String name) throws IOException {
        File f = driver.getScreenshotAs(OutputType.FILE);
        Files.createDirectories(BrowserTest.SHOTS);
        Files.copy(f.toPath(), BrowserTest.SHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }
}
