package com.laca.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through its chromedriver, against the running server: the browser the booking
 * page's tests use, with the axe-core accessibility check and screenshots. Tests are skipped, visibly, on a machine
 * without {@code /usr/bin/chromium} ({@code .ci/run} installs it).
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of(System.getProperty("laca.chromium", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("laca.chromedriver", "/usr/bin/chromedriver"));
    /** axe-core's script, which .ci/run installs from the npm registry at test time. */
    static final Path AXE = Path.of(System.getProperty("laca.axe", "../tools/axe/node_modules/axe-core/axe.min.js"));
    /** Phone and desktop sizes, in CSS pixels, for the tests and the screenshots. */
    static final Dimension PHONE = new Dimension(390, 844);
    static final Dimension DESKTOP = new Dimension(1280, 900);
    /**
     * Device pixels per CSS pixel of the emulated phone: 1, so a phone screenshot is 390 px wide, the width the page is
     * laid out at, and sits beside the desktop ones at the same scale.
     */
    static final int PHONE_PIXEL_RATIO = 1;
    /** Narrower than the site's two-column breakpoint (40rem): a phone, emulated rather than a window. */
    private static final int PHONE_MAX_WIDTH = 639;

    final ChromeDriver driver;
    private final Path profile;
    private final Dimension size;
    private final int pixelRatio;

    private Browser(ChromeDriver driver, Path profile, Dimension size, int pixelRatio) {
        this.driver = driver;
        this.profile = profile;
        this.size = size;
        this.pixelRatio = pixelRatio;
    }

    /**
     * A fresh browser with an empty profile, or the test is skipped where there is no Chromium. Headless Chromium makes
     * no window narrower than 500 px, so a phone size is Chrome's device emulation instead (a touch screen of exactly
     * that many CSS pixels); a desktop size is the window itself.
     */
    static Browser open(Dimension size) {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "no " + CHROMIUM + " and " + CHROMEDRIVER + ": apt-get install chromium chromium-driver");
        try {
            Path profile = Files.createTempDirectory("laca-chromium-");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM.toFile());
            options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--disable-quic", "--no-first-run", "--lang=en-GB",
                    "--window-size=" + size.getWidth() + "," + size.getHeight(), "--user-data-dir=" + profile);
            boolean phone = size.getWidth() <= PHONE_MAX_WIDTH;
            if (phone) {
                options.setExperimentalOption("mobileEmulation", Map.of("deviceMetrics", Map.of(
                        "width", size.getWidth(), "height", size.getHeight(), "pixelRatio", PHONE_PIXEL_RATIO,
                        "touch", true, "mobile", true)));
            }
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
            return new Browser(driver, profile, size, phone ? PHONE_PIXEL_RATIO : 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void go(String path) {
        driver.get(RunningServer.get().base().resolve(path).toString());
    }

    WebElement await(By by) {
        return new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    void awaitHeading(String text) {
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(ExpectedConditions.textToBe(By.id("page-title"), text));
    }

    WebElement find(By by) {
        return driver.findElement(by);
    }

    List<WebElement> all(By by) {
        return driver.findElements(by);
    }

    Object script(String js, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(js, args);
    }

    /**
     * Runs axe-core (WCAG 2.0–2.2 A and AA rules) on the page as it is now and fails on any serious or critical
     * violation; skipped, visibly, where axe-core is not installed.
     */
    void assertAccessible(String where) {
        Assumptions.assumeTrue(Files.isReadable(AXE), "no axe-core at " + AXE.toAbsolutePath()
                + ": npm install --prefix tools/axe axe-core (see .ci/run)");
        try {
            script(Files.readString(AXE, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> violations = (List<Map<String, Object>>) ((JavascriptExecutor) driver)
                .executeAsyncScript("""
                        const done = arguments[arguments.length - 1];
                        axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']}})
                          .then(r => done(r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,
                              nodes: v.nodes.map(n => n.target.join(' ')).slice(0, 3)}))))
                          .catch(e => done([{id: 'axe-error', impact: 'critical', help: String(e), nodes: []}]));""");
        List<Map<String, Object>> severe = violations.stream()
                .filter(v -> "serious".equals(v.get("impact")) || "critical".equals(v.get("impact"))).toList();
        assertThat(severe).as("axe on %s: %s", where, severe.stream().map(Object::toString)
                .collect(Collectors.joining("\n"))).isEmpty();
    }

    /**
     * Checks that the page is laid out at the width asked for (so a page wider than a phone shows here) and saves a
     * screenshot when {@code laca.screenshots} names a folder (as for docs/screenshots).
     */
    void screenshot(String name) {
        assertThat(((Number) script("return window.innerWidth")).intValue())
                .as("CSS width of the page %s is laid out at", name).isEqualTo(size.getWidth());
        Optional.ofNullable(System.getProperty("laca.screenshots")).filter(s -> !s.isBlank()).ifPresent(dir -> {
            try {
                Path target = Path.of(dir).resolve(name + ".png");
                Files.createDirectories(target.getParent());
                Files.write(target, screenshotPng());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** The visible part of the page as a PNG, checked to be the page's width in device pixels. */
    byte[] screenshotPng() throws IOException {
        byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
        assertThat(ImageIO.read(new ByteArrayInputStream(png)).getWidth()).as("screenshot width in pixels")
                .isEqualTo(size.getWidth() * pixelRatio);
        return png;
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException ignored) {
                // a temporary profile left behind is harmless
            }
        }
    }
}
