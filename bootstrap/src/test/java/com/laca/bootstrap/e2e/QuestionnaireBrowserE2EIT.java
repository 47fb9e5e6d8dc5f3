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
 * The medical questionnaire step of the booking page in a real browser (issue 15's evidence): an adult who books a
 * dermal filler is asked the clinic's screening questions, and an answer a rule blocks on is answered in plain words
 * (the clinic will talk to the client first), never with a code; at phone and desktop widths, with axe-core.
 */
@ExtendWith(RunningServer.class)
@DisplayName("Booking page questionnaire in a real browser")
class QuestionnaireBrowserE2EIT {

    /** The demo clinic's filler questions; pregnancy blocks a filler. */
    private static final List<String> ANSWERED_NO = List.of("allergy_hyaluronic_acid", "allergy_local_anaesthetic",
            "allergy_bee_or_wasp_venom", "infection_or_cold_sore_at_site", "keloid_scarring", "anticoagulants",
            "autoimmune_disease");

    @Test
    @DisplayName("a client booking a filler answers the health questions and is told in plain words what happens next")
    void questionnaireOutcomeInPlainWords() {
        BookingFixture filler = BookingFixture.everyDayOfCategory("Browser questionnaire", "DERMAL_FILLER");
        for (Dimension size : List.of(Browser.PHONE, Browser.DESKTOP)) {
            String shots = size == Browser.PHONE ? "phone-" : "desktop-";
            try (Browser browser = Browser.open(size)) {
                browser.go("/book/" + Sessions.DEMO);
                browser.awaitHeading("Choose a treatment");
                browser.find(By.cssSelector("button[data-treatment='" + filler.treatment + "']")).click();
                browser.awaitHeading(browser.find(By.id("page-title")).getText());
                new Select(browser.await(By.id("location"))).selectByValue(filler.location);
                new Select(browser.find(By.id("practitioner"))).selectByValue(filler.practitioner);
                browser.find(By.cssSelector("form.step button[type=submit]")).click();
                browser.awaitHeading("Choose a time");
                List<WebElement> slots = browser.all(By.cssSelector("button.slot"));
                WebElement slot = slots.get(size == Browser.PHONE ? 0 : Math.min(1, slots.size() - 1));
                LocalDate day = LocalDate.ofInstant(Instant.parse(slot.getDomAttribute("data-start")),
                        BookingFixture.LONDON);
                slot.click();
                browser.awaitHeading("Your details");
                browser.find(By.id("firstName")).sendKeys("Quinn");
                browser.find(By.id("lastName")).sendKeys("Questions");
                browser.find(By.id("email")).sendKeys("quinn-" + shots + day + "@example.com");
                browser.find(By.id("phone")).sendKeys("07700 900126");
                browser.script("document.getElementById('dateOfBirth').value = '1985-06-01'");
                browser.find(By.cssSelector("form.step button[type=submit]")).click();

                browser.awaitHeading("A few health questions");
                assertThat(browser.all(By.cssSelector("fieldset.question"))).hasSizeGreaterThanOrEqualTo(8);
                browser.assertAccessible("questionnaire");
                browser.screenshot(shots + "5a-questionnaire");
                browser.find(By.cssSelector("#q-pregnant_or_breastfeeding input[value=yes]")).click();
                for (String question : ANSWERED_NO) {
                    browser.find(By.cssSelector("#q-" + question + " input[value=no]")).click();
                }
                browser.find(By.cssSelector("form.step button[type=submit]")).click();

                browser.awaitHeading("The clinic will talk to you first");
                String page = browser.find(By.id("app")).getText();
                assertThat(page).contains("Your booking is kept for now")
                        .doesNotContain("BLOCKED").doesNotContain("{").doesNotContain("pregnant_or_breastfeeding");
                assertThat(browser.all(By.cssSelector("[role=alert]"))).isNotEmpty();
                browser.assertAccessible("questionnaire outcome");
                browser.screenshot(shots + "5a-questionnaire-outcome");
            }
        }
    }
}
