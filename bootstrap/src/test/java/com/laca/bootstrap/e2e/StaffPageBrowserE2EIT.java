package com.laca.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The owner signs in on the staff page, sees the day's bookings and checks a client in, in a real browser; the same
 * pages are then shown at phone width.
 */
@ExtendWith(RunningServer.class)
@DisplayName("Staff page in a real browser")
class StaffPageBrowserE2EIT {

    /** Signs the demo owner in and shows one day's calendar at one location. */
    private static void signInAndShowDay(Browser browser, String location, LocalDate day) {
        browser.find(By.id("staff-email")).sendKeys(Sessions.DEMO_OWNER);
        browser.find(By.id("password")).sendKeys(Sessions.DEMO_PASSWORD);
        browser.find(By.cssSelector("form.step button[type=submit]")).click();
        browser.awaitHeading("Today at the clinic");
        new Select(browser.find(By.id("cal-location"))).selectByValue(location);
        browser.script("document.getElementById('cal-day').value = arguments[0]", day.toString());
        browser.find(By.cssSelector("form.filters button[type=submit]")).click();
    }

    @Test
    @DisplayName("the owner signs in, sees the day's bookings and checks a client in")
    void ownerChecksClientIn() {
        // reception books a slot within the hour, so check-in (open 1 h before) is allowed
        BookingFixture clinic = BookingFixture.aroundTheClock("Browser staff");
        BookingFixture.Booked booked = clinic.bookWithinTheHour();
        LocalDate day = booked.start().toLocalDate();
        String appointment = booked.appointment();

        try (Browser browser = Browser.open(Browser.DESKTOP)) {
            browser.go("/staff?clinic=" + Sessions.DEMO);
            browser.awaitHeading("Staff sign-in");
            browser.assertAccessible("staff sign-in");
            browser.screenshot("desktop-9-staff-sign-in");
            signInAndShowDay(browser, clinic.location, day);
            By row = By.cssSelector("tr[data-appointment='" + appointment + "']");
            browser.await(row);
            assertThat(browser.find(row).findElement(By.className("status")).getText()).isEqualTo("Confirmed");
            assertThat(browser.find(By.id("app")).getText()).as("no absent part printed as text")
                    .doesNotContain("null").doesNotContain("undefined");
            browser.assertAccessible("staff calendar");
            browser.screenshot("desktop-10-staff-calendar");

            browser.find(row).findElement(By.cssSelector("button[data-action='check-in']")).click();
            new WebDriverWait(browser.driver, java.time.Duration.ofSeconds(20)).until(ExpectedConditions
                    .textToBe(By.cssSelector("tr[data-appointment='" + appointment + "'] .status"), "Checked in"));

            browser.find(By.xpath("//button[normalize-space()='Dashboard']")).click();
            browser.await(By.cssSelector("table.utilisation"));
            assertThat(browser.find(By.cssSelector("table.utilisation caption")).getText())
                    .contains("Utilisation this week");
            browser.assertAccessible("staff dashboard with utilisation");
            // issue 15, room utilisation: the demo clinic's rooms have their own table
            browser.await(By.cssSelector("table.utilisation.rooms"));
            assertThat(browser.find(By.cssSelector("table.utilisation.rooms caption")).getText())
                    .contains("Rooms and devices");
            // issue 15: one chart of bookings and revenue per week, its numbers in its text alternative
            assertThat(browser.find(By.cssSelector("svg.weekly")).getDomAttribute("aria-label"))
                    .startsWith("Bookings and revenue per week.").contains("booking");
            browser.screenshot("desktop-11-staff-dashboard");
        }

        // issue 15: the same pages at phone width
        try (Browser phone = Browser.open(Browser.PHONE)) {
            phone.go("/staff?clinic=" + Sessions.DEMO);
            phone.awaitHeading("Staff sign-in");
            phone.assertAccessible("staff sign-in (phone)");
            phone.screenshot("phone-9-staff-sign-in");
            signInAndShowDay(phone, clinic.location, day);
            new WebDriverWait(phone.driver, java.time.Duration.ofSeconds(20)).until(ExpectedConditions
                    .textToBe(By.cssSelector("tr[data-appointment='" + appointment + "'] .status"), "Checked in"));
            assertThat(phone.script("return document.documentElement.scrollWidth <= window.innerWidth"))
                    .as("the calendar scrolls inside its region, not the whole page").isEqualTo(true);
            phone.assertAccessible("staff calendar (phone)");
            phone.screenshot("phone-10-staff-calendar");
            phone.find(By.xpath("//button[normalize-space()='Dashboard']")).click();
            phone.await(By.cssSelector("table.utilisation.rooms"));
            phone.await(By.cssSelector("svg.weekly"));
            phone.assertAccessible("staff dashboard (phone)");
            phone.screenshot("phone-11-staff-dashboard");
        }
        assertThat(clinic.owner.get("/api/appointments/" + appointment).json().getString("status"))
                .isEqualTo("CHECKED_IN");
    }
}
