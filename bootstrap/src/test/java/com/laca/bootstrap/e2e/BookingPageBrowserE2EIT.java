package com.laca.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * A client books, is refused, reschedules and cancels in a real headless Chromium against the running server, and axe
 * finds no serious or critical accessibility problem on any step (issue 15).
 */
@ExtendWith(RunningServer.class)
@DisplayName("Booking page in a real browser")
class BookingPageBrowserE2EIT {

    /** Walks from the menu to the week of slots for the fixture's treatment and location, showing each step. */
    private static void toSlots(Browser browser, BookingFixture clinic, Consumer<String> show) {
        browser.go("/book/" + Sessions.DEMO);
        browser.awaitHeading("Choose a treatment");
        browser.assertAccessible("treatments");
        show.accept("1-treatments");
        browser.find(By.cssSelector("button[data-treatment='" + clinic.treatment + "']")).click();
        browser.awaitHeading(browser.find(By.id("page-title")).getText());
        new Select(browser.await(By.id("location"))).selectByValue(clinic.location);
        new Select(browser.find(By.id("practitioner"))).selectByValue(clinic.practitioner);
        browser.assertAccessible("location and practitioner");
        show.accept("2-where");
        browser.find(By.cssSelector("form.step button[type=submit]")).click();
        browser.awaitHeading("Choose a time");
        browser.await(By.cssSelector("button.slot"));
        browser.assertAccessible("week of slots");
        show.accept("3-slots");
    }

    private static String prefix(Dimension size) {
        return size == Browser.PHONE ? "phone-" : "desktop-";
    }

    private static void press(Browser browser, String label) {
        browser.all(By.cssSelector(".actions button")).stream()
                .filter(b -> b.getText().equals(label)).findFirst().orElseThrow().click();
    }

    private static void fillDetails(Browser browser, String email) {
        browser.awaitHeading("Your details");
        browser.find(By.id("firstName")).sendKeys("Emma");
        browser.find(By.id("lastName")).sendKeys("Browser");
        browser.find(By.id("email")).sendKeys(email);
        browser.find(By.id("phone")).sendKeys("07700 900123");
        browser.script("document.getElementById('dateOfBirth').value = '1990-04-15'");
    }

    @Test
    @DisplayName("a client books a deposit-free treatment end to end and gets the manage link")
    void bookEndToEnd() {
        BookingFixture clinic = BookingFixture.everyDay("Browser book");
        for (Dimension size : List.of(Browser.PHONE, Browser.DESKTOP)) {
            String shots = prefix(size);
            try (Browser browser = Browser.open(size)) {
                toSlots(browser, clinic, step -> browser.screenshot(shots + step));
                WebElement slot = browser.all(By.cssSelector("button.slot")).get(size == Browser.PHONE ? 0 : 1);
                String start = slot.getDomAttribute("data-start");
                slot.click();
                fillDetails(browser, "emma-" + shots + "@example.com");
                browser.assertAccessible("details");
                browser.screenshot(shots + "4-details");
                browser.find(By.cssSelector("form.step button[type=submit]")).click();
                browser.awaitHeading("You are booked");
                String link = browser.await(By.id("manage-link")).getDomAttribute("href");
                assertThat(link).contains("/book/demo-clinic/manage#token=");
                browser.assertAccessible("confirmation");
                browser.screenshot(shots + "6-confirmation");

                String token = link.substring(link.indexOf("#token=") + 7);
                Api.Response booking = Api.anonymous().get("/api/public/demo-clinic/bookings/" + token);
                assertThat(booking.status()).isEqualTo(200);
                assertThat(booking.json().getString("start")).isEqualTo(start);
                assertThat(booking.json().getString("status")).isEqualTo("CONFIRMED");
            }
        }
    }

    @Test
    @DisplayName("when the API refuses the booking, the page shows the problem's detail in plain words")
    void refusalShown() {
        BookingFixture clinic = BookingFixture.everyDay("Browser refusal");
        for (Dimension size : List.of(Browser.PHONE, Browser.DESKTOP)) {
            try (Browser browser = Browser.open(size)) {
                toSlots(browser, clinic, step -> { });
                WebElement slot = browser.all(By.cssSelector("button.slot")).get(0);
                String start = slot.getDomAttribute("data-start");
                assertThat(clinic.book(Api.anonymous(), start).status()).as("someone else takes it").isEqualTo(201);
                Api.Response refused = clinic.book(Api.anonymous(), start);
                assertThat(refused.status()).isEqualTo(409);
                String detail = refused.json().getString("detail");

                slot.click();
                fillDetails(browser, "late-" + prefix(size) + "@example.com");
                browser.find(By.cssSelector("form.step button[type=submit]")).click();

                WebElement alert = browser.await(By.cssSelector("[role=alert]"));
                assertThat(alert.getText()).isEqualTo(detail).doesNotContain("{").doesNotContain("409");
                browser.assertAccessible("refusal");
                browser.screenshot(prefix(size) + "5-refusal");
            }
        }
    }

    @Test
    @DisplayName("a client sees the free-cancellation deadline, moves the booking, then cancels it on the manage page")
    void rescheduleAndCancel() {
        BookingFixture clinic = BookingFixture.everyDay("Browser manage");
        LocalDate day = BookingFixture.upcoming(DayOfWeek.WEDNESDAY, 1);
        for (Dimension size : List.of(Browser.PHONE, Browser.DESKTOP)) {
            String shots = prefix(size);
            Api.Response booked = clinic.book(Api.anonymous(), BookingFixture.at(day, "10:00"));
            assertThat(booked.status()).as(booked.toString()).isEqualTo(201);
            String token = booked.string("manageToken");

            try (Browser browser = Browser.open(size)) {
                browser.go("/book/" + Sessions.DEMO + "/manage#token=" + token);
                browser.awaitHeading("Your booking");
                assertThat(browser.await(By.id("cancel-terms")).getText())
                        .startsWith("You can cancel or move this booking free of charge until");
                String before = browser.find(By.id("booking-when")).getText();
                browser.assertAccessible("manage");
                browser.screenshot(shots + "7-manage");

                press(browser, "Move to another time");
                browser.awaitHeading("Choose a new time");
                WebElement later = browser.await(By.cssSelector("button.slot"));
                browser.assertAccessible("reschedule");
                browser.screenshot(shots + "7b-reschedule");
                String newStart = later.getDomAttribute("data-start");
                later.click();
                browser.awaitHeading("Your booking");
                browser.await(By.id("booking-when"));
                assertThat(Api.anonymous().get("/api/public/demo-clinic/bookings/" + token).json().getString("start"))
                        .isEqualTo(newStart);
                assertThat(browser.find(By.id("booking-when")).getText()).isNotEqualTo(before);

                press(browser, "Cancel booking");
                browser.awaitHeading("Cancel this booking?");
                browser.assertAccessible("cancel confirmation");
                browser.screenshot(shots + "8-cancel");
                press(browser, "Yes, cancel");
                browser.awaitHeading("Booking cancelled");
                assertThat(browser.find(By.id("cancel-result")).getText()).startsWith("Your booking is cancelled");
                browser.assertAccessible("booking cancelled");
                browser.screenshot(shots + "8b-cancelled");
            }
            assertThat(Api.anonymous().get("/api/public/demo-clinic/bookings/" + token).json().getString("status"))
                    .isEqualTo("CANCELLED");
        }
    }

    @Test
    @DisplayName("the booking page's first view shifts nothing and transfers under 150 KB; LCP is recorded")
    void performance() throws Exception {
        try (Browser browser = Browser.open(Browser.PHONE)) {
            browser.go("/book/" + Sessions.DEMO);
            browser.awaitHeading("Choose a treatment");
            @SuppressWarnings("unchecked")
            java.util.Map<String, Object> metrics = (java.util.Map<String, Object>) ((org.openqa.selenium.JavascriptExecutor)
                    browser.driver).executeAsyncScript("""
                    const done = arguments[arguments.length - 1];
                    let lcp = 0, cls = 0;
                    new PerformanceObserver(l => { for (const e of l.getEntries()) lcp = Math.max(lcp, e.startTime); })
                      .observe({type: 'largest-contentful-paint', buffered: true});
                    new PerformanceObserver(l => { for (const e of l.getEntries()) if (!e.hadRecentInput) cls += e.value; })
                      .observe({type: 'layout-shift', buffered: true});
                    setTimeout(() => {
                      const nav = performance.getEntriesByType('navigation')[0];
                      const resources = performance.getEntriesByType('resource');
                      const bytes = nav.transferSize + resources.reduce((s, r) => s + r.transferSize, 0);
                      done({lcp, cls, bytes, requests: resources.length + 1});
                    }, 1500);""");
            double lcp = ((Number) metrics.get("lcp")).doubleValue();
            double cls = ((Number) metrics.get("cls")).doubleValue();
            long bytes = ((Number) metrics.get("bytes")).longValue();
            java.nio.file.Files.writeString(java.nio.file.Path.of("target", "booking-page-performance.txt"),
                    "lcp_ms=%.0f cls=%.4f transfer_bytes=%d requests=%s%n".formatted(lcp, cls, bytes,
                            metrics.get("requests")), java.nio.file.StandardOpenOption.CREATE,
                    java.nio.file.StandardOpenOption.APPEND);
            assertThat(cls).as("cumulative layout shift").isLessThanOrEqualTo(0.05);
            assertThat(bytes).as("bytes transferred for the first view").isPositive().isLessThanOrEqualTo(150 * 1024);
            assertThat(lcp).as("largest contentful paint, ms (budget 1000 on an idle machine)").isPositive();
        }
    }
}
