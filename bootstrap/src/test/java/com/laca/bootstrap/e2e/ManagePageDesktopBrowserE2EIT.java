package com.laca.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The manage page at desktop width (issue 15 asks for each step at phone and desktop widths; the phone journey is in
 * {@link BookingPageBrowserE2EIT}): the free-cancellation deadline before the client commits, moving the booking and
 * cancelling it, with axe-core on each view and their screenshots.
 */
@ExtendWith(RunningServer.class)
@DisplayName("Manage page at desktop width in a real browser")
class ManagePageDesktopBrowserE2EIT {

    private static void press(Browser browser, String label) {
        browser.all(By.cssSelector(".actions button")).stream()
                .filter(b -> b.getText().equals(label)).findFirst().orElseThrow().click();
    }

    @Test
    @DisplayName("at desktop width a client sees the deadline, moves the booking, then cancels it")
    void manageAtDesktopWidth() {
        BookingFixture clinic = BookingFixture.everyDay("Browser manage desktop");
        LocalDate day = BookingFixture.upcoming(DayOfWeek.TUESDAY, 1);
        Api.Response booked = clinic.book(Api.anonymous(), BookingFixture.at(day, "10:00"));
        assertThat(booked.status()).as(booked.toString()).isEqualTo(201);
        String token = booked.string("manageToken");

        try (Browser browser = Browser.open(Browser.DESKTOP)) {
            browser.go("/book/" + Sessions.DEMO + "/manage#token=" + token);
            browser.awaitHeading("Your booking");
            assertThat(browser.await(By.id("cancel-terms")).getText())
                    .startsWith("You can cancel or move this booking free of charge until");
            browser.assertAccessible("manage (desktop)");
            browser.screenshot("desktop-7-manage");

            press(browser, "Move to another time");
            browser.awaitHeading("Choose a new time");
            WebElement later = browser.await(By.cssSelector("button.slot"));
            browser.assertAccessible("reschedule (desktop)");
            browser.screenshot("desktop-7b-reschedule");
            String newStart = later.getDomAttribute("data-start");
            later.click();
            browser.awaitHeading("Your booking");
            browser.await(By.id("booking-when"));
            assertThat(Api.anonymous().get("/api/public/demo-clinic/bookings/" + token).json().getString("start"))
                    .isEqualTo(newStart);

            press(browser, "Cancel booking");
            browser.awaitHeading("Cancel this booking?");
            browser.assertAccessible("cancel confirmation (desktop)");
            browser.screenshot("desktop-8-cancel");
            press(browser, "Yes, cancel");
            browser.awaitHeading("Booking cancelled");
            assertThat(browser.find(By.id("cancel-result")).getText()).startsWith("Your booking is cancelled");
            browser.screenshot("desktop-8b-cancelled");
        }
        assertThat(Api.anonymous().get("/api/public/demo-clinic/bookings/" + token).json().getString("status"))
                .isEqualTo("CANCELLED");
    }
}
