package com.laca.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The legal age gate on the booking page in a real browser (issue 15's evidence): a 17-year-old who picks a toxin
 * treatment and a time is refused at the details step with the reason in plain words, announced as an alert, and no
 * appointment is written; at phone and desktop widths, with axe-core on the refusal.
 */
@ExtendWith(RunningServer.class)
@DisplayName("Booking page age gate in a real browser")
class AgeGateBrowserE2EIT {

    @Test
    @DisplayName("a client under 18 is refused toxin with the reason on the page, and nothing is booked")
    void underEighteenRefusedToxin() {
        BookingFixture toxin = BookingFixture.everyDayOfCategory("Browser age gate", "ANTI_WRINKLE");
        for (Dimension size : List.of(Browser.PHONE, Browser.DESKTOP)) {
            String shots = size == Browser.PHONE ? "phone-" : "desktop-";
            try (Browser browser = Browser.open(size)) {
                browser.go("/book/" + Sessions.DEMO);
                browser.awaitHeading("Choose a treatment");
                browser.find(By.cssSelector("button[data-treatment='" + toxin.treatment + "']")).click();
                browser.awaitHeading(browser.find(By.id("page-title")).getText());
                new Select(browser.await(By.id("location"))).selectByValue(toxin.location);
                new Select(browser.find(By.id("practitioner"))).selectByValue(toxin.practitioner);
                browser.find(By.cssSelector("form.step button[type=submit]")).click();
                browser.awaitHeading("Choose a time");
                WebElement slot = browser.await(By.cssSelector("button.slot"));
                LocalDate day = LocalDate.ofInstant(Instant.parse(slot.getDomAttribute("data-start")),
                        BookingFixture.LONDON);
                slot.click();
                browser.awaitHeading("Your details");
                browser.find(By.id("firstName")).sendKeys("Young");
                browser.find(By.id("lastName")).sendKeys("Client");
                browser.find(By.id("email")).sendKeys("young-" + shots + day + "@example.com");
                browser.find(By.id("phone")).sendKeys("07700 900125");
                browser.script("document.getElementById('dateOfBirth').value = '" + day.minusYears(17) + "'");
                browser.find(By.cssSelector("form.step button[type=submit]")).click();

                WebElement alert = browser.await(By.cssSelector("[role=alert]"));
                assertThat(alert.getText()).as("the reason in plain words").contains("under 18")
                        .doesNotContain("{").doesNotContain("409").doesNotContain("UNDER_MINIMUM_AGE");
                assertThat(browser.find(By.id("page-title")).getText()).isEqualTo("Your details");
                browser.assertAccessible("age refusal");
                browser.screenshot(shots + "5c-age-refusal");
                assertThat(toxin.calendar(day, day)).as("nothing booked").isEmpty();
            }
        }
    }
}
