package com.laca.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * The pre-visit page in a real headless Chromium against the running server (issue 10): opened from the link in the
 * booking confirmation e-mail, the client answers the medical questionnaire, reads the outcome in plain words and signs
 * the consent form with a drawn signature, or with the keyboard alone through the typed-name alternative; axe finds no
 * serious or critical accessibility problem on any step.
 */
@ExtendWith(RunningServer.class)
@DisplayName("Pre-visit page in a real browser")
class PreVisitPageBrowserE2EIT {

    private static final Pattern PRE_VISIT_LINK = Pattern.compile("/book/" + Sessions.DEMO
            + "/pre-visit#token=([^\\s\"<]+)");
    private static final Pattern EMAIL = Pattern.compile("client-[0-9a-f]{8}@example\\.com");

    /** A public filler booking of a fixture of its own, next week; answers the manage token and the client's e-mail. */
    private static String[] bookFiller(String label) {
        BookingFixture filler = BookingFixture.everyDayOfCategory(label, "DERMAL_FILLER");
        String body = filler.bookingJson(BookingFixture.at(BookingFixture.upcoming(DayOfWeek.WEDNESDAY, 1), "10:00"),
                "any");
        Api.Response booked = Api.anonymous().post("/api/public/" + Sessions.DEMO + "/bookings", body);
        assertThat(booked.status()).as("%s", booked).isEqualTo(201);
        Matcher email = EMAIL.matcher(body);
        assertThat(email.find()).isTrue();
        return new String[]{booked.string("manageToken"), email.group()};
    }

    /** Answers "no" to every question shown (no contraindication), then sends the answers. */
    private static void answerNoToAll(Browser browser) {
        browser.awaitHeading("Your health questions");
        for (WebElement no : browser.all(By.cssSelector("fieldset.question:not([hidden]) input[type=radio][value=no]"))) {
            no.click();
        }
        browser.find(By.cssSelector("form.step button[type=submit]")).click();
        browser.awaitHeading("Thank you: nothing in your answers stops this treatment");
        assertThat(browser.find(By.id("screening-outcome")).getDomAttribute("data-outcome")).isEqualTo("CLEAR");
    }

    private static Api.Response consentOf(String token) {
        return Api.anonymous().get("/api/public/" + Sessions.DEMO + "/consent/" + token);
    }

    @Test
    @DisplayName("the confirmation e-mail links to the pre-visit page, where the client answers the questions, sees the "
            + "outcome and signs the consent form with a drawn signature")
    void fromTheEmailToASignedConsent() {
        String[] booking = bookFiller("Pre-visit drawn");
        String token = booking[0];
        List<JsonObject> confirmations = Outbox.emailsTo(Sessions.demoOwner(), booking[1], "booking-confirmed");
        assertThat(confirmations).hasSize(1);
        Matcher link = PRE_VISIT_LINK.matcher(confirmations.get(0).getString("text"));
        assertThat(link.find()).as("a pre-visit link in %s", confirmations.get(0).getString("text")).isTrue();
        assertThat(URLDecoder.decode(link.group(1), StandardCharsets.UTF_8)).isEqualTo(token);

        try (Browser browser = Browser.open(Browser.DESKTOP)) {
            browser.go(link.group());
            browser.awaitHeading("Your health questions");
            assertThat(browser.find(By.id("visit-summary")).getText()).contains("Pre-visit drawn");
            browser.assertAccessible("pre-visit questionnaire");
            browser.screenshot("desktop-9-previsit-questions");
            answerNoToAll(browser);
            browser.assertAccessible("pre-visit outcome");

            browser.all(By.cssSelector(".actions button")).stream()
                    .filter(b -> b.getText().equals("Continue to the consent form")).findFirst().orElseThrow().click();
            WebElement pad = browser.await(By.id("signature-pad"));
            assertThat(browser.all(By.cssSelector("section.consent-block h2")).size()).isGreaterThanOrEqualTo(6);
            assertThat(browser.find(By.id("main")).getText()).doesNotContain("{{");
            browser.assertAccessible("consent form");
            browser.screenshot("desktop-10-previsit-consent");

            browser.find(By.id("typedName")).sendKeys("Test Client");
            browser.find(By.cssSelector("input[name=clinicalPhotos][value=yes]")).click();
            browser.find(By.cssSelector("input[name=marketingPhotos][value=no]")).click();
            new Actions(browser.driver).moveToElement(pad, -150, 10).clickAndHold().moveByOffset(60, -30)
                    .moveByOffset(60, 40).moveByOffset(60, -20).moveByOffset(60, 10).release().perform();
            browser.find(By.cssSelector("form.step button[type=submit]")).click();

            browser.awaitHeading("Consent signed");
            assertThat(browser.find(By.id("consent-result")).getText()).startsWith("You signed the consent form on");
            browser.assertAccessible("consent signed");
            browser.screenshot("desktop-11-previsit-signed");
        }
        Api.Response consent = consentOf(token);
        assertThat(consent.status()).as("%s", consent).isEqualTo(200);
        assertThat(consent.string("status")).isEqualTo("SIGNED");
        assertThat(consent.string("typedName")).isEqualTo("Test Client");
        assertThat(consent.json().getBoolean("clinicalPhotos")).isTrue();
        assertThat(consent.json().getBoolean("marketingPhotos")).isFalse();
    }

    @Test
    @DisplayName("with the keyboard alone: missing answers are named and nothing is stored; then the typed name signs")
    void keyboardOnlyTypedSignature() {
        String token = bookFiller("Pre-visit typed")[0];
        try (Browser browser = Browser.open(Browser.PHONE)) {
            browser.go("/book/" + Sessions.DEMO + "/pre-visit#token=" + token);
            answerNoToAll(browser);
            browser.all(By.cssSelector(".actions button")).stream()
                    .filter(b -> b.getText().equals("Continue to the consent form")).findFirst().orElseThrow()
                    .sendKeys(Keys.ENTER);
            browser.await(By.id("signature-pad"));

            browser.find(By.cssSelector("form.step button[type=submit]")).sendKeys(Keys.ENTER);
            WebElement alert = browser.await(By.cssSelector("[role=alert]"));
            assertThat(alert.getText()).contains("missing");
            assertThat(browser.find(By.id("typedName-error")).getText()).isEqualTo("Please type your full name.");
            assertThat(browser.find(By.id("signature-error")).getText()).contains("typed name");
            browser.assertAccessible("consent form with missing answers");
            assertThat(consentOf(token).string("status")).as("nothing stored").isEqualTo("INFORMATION_GIVEN");

            browser.find(By.id("typedName")).sendKeys("Kay Board");
            browser.find(By.cssSelector("input[name=signMode][value=typed]")).sendKeys(Keys.SPACE);
            browser.find(By.cssSelector("input[name=clinicalPhotos][value=no]")).sendKeys(Keys.SPACE);
            browser.find(By.cssSelector("input[name=marketingPhotos][value=no]")).sendKeys(Keys.SPACE);
            assertThat(browser.find(By.id("draw-area")).isDisplayed()).as("the pad is hidden").isFalse();
            browser.find(By.cssSelector("form.step button[type=submit]")).sendKeys(Keys.ENTER);

            browser.awaitHeading("Consent signed");
            browser.assertAccessible("consent signed by keyboard");
            browser.screenshot("phone-12-previsit-signed");
        }
        Api.Response consent = consentOf(token);
        assertThat(consent.string("status")).isEqualTo("SIGNED");
        assertThat(consent.string("typedName")).isEqualTo("Kay Board");
        assertThat(consent.json().getBoolean("clinicalPhotos")).isFalse();
    }

    @Test
    @DisplayName("a contraindicated client reads in plain words why the treatment cannot go ahead, and is offered no "
            + "consent form")
    void blockedOutcome() {
        String token = bookFiller("Pre-visit blocked")[0];
        try (Browser browser = Browser.open(Browser.PHONE)) {
            browser.go("/book/" + Sessions.DEMO + "/pre-visit#token=" + token);
            browser.awaitHeading("Your health questions");
            browser.find(By.cssSelector("input[name='a-pregnant_or_breastfeeding'][value=yes]")).click();
            for (WebElement no : browser.all(By.cssSelector(
                    "fieldset.question:not([hidden]) input[type=radio][value=no]"))) {
                if (!no.getDomAttribute("name").equals("a-pregnant_or_breastfeeding")) {
                    no.click();
                }
            }
            browser.find(By.cssSelector("form.step button[type=submit]")).click();
            browser.awaitHeading("This treatment is not suitable for you");
            assertThat(browser.find(By.id("screening-outcome")).getText())
                    .contains("We do not give this treatment during pregnancy or while breastfeeding.")
                    .doesNotContain("SmPC");
            assertThat(browser.all(By.cssSelector(".actions button"))).isEmpty();
            browser.assertAccessible("blocked outcome");
            browser.screenshot("phone-13-previsit-blocked");
        }
    }
}
