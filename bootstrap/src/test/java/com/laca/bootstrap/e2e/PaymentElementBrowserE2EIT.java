package com.laca.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The booking page's deposit step in card mode hands the client secret from the local Stripe-shaped server to Stripe's
 * Payment Element (issue 15). js.stripe.com cannot load offline, so the page is given a recording stand-in for
 * {@code window.Stripe} (the page uses an already loaded Stripe); the payment itself is tested through the API in
 * {@link DepositFlowE2EIT}.
 */
@ExtendWith(RunningServer.class)
@DisplayName("Deposit step with Stripe's Payment Element in a real browser")
class PaymentElementBrowserE2EIT {

    private static final String ACCOUNT = "acct_pe_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

    /** Records what the page hands to Stripe.js: the publishable key, the client secret, the element and its mount. */
    private static final String STRIPE_STAND_IN = """
            window.__stripe = {};
            window.Stripe = function (key) {
              window.__stripe.publishableKey = key;
              return {
                elements(options) {
                  window.__stripe.clientSecret = options.clientSecret;
                  return { create(type) {
                    window.__stripe.element = type;
                    return { mount(el) { window.__stripe.mountedOn = el.id; } };
                  } };
                },
                confirmPayment() { return Promise.resolve({}); }
              };
            };
            """;

    @BeforeAll
    static void connectTheDemoClinicToStripe() {
        Api admin = Api.withToken(Sessions.platformAdmin());
        String tenantId = admin.get("/api/admin/tenants?size=100").json().getJsonArray("items").stream()
                .map(JsonObject.class::cast).filter(t -> t.getString("slug").equals(Sessions.DEMO))
                .findFirst().orElseThrow().getString("id");
        Api.Response set = admin.put("/api/admin/payments/accounts/" + tenantId,
                "{\"connectedAccountId\": \"" + ACCOUNT + "\"}", Map.of());
        assertThat(set.status()).as("%s", set).isEqualTo(200);
    }

    @Test
    @DisplayName("in card mode the deposit step mounts the Payment Element with the held booking's client secret,"
            + " at phone and desktop widths")
    void depositStepHandsClientSecretToPaymentElement() {
        BookingFixture clinic = BookingFixture.everyDay("Browser deposit",
                "{\"type\": \"FIXED\", \"amountMinorUnits\": 2000}");
        LocalDate day = BookingFixture.upcoming(DayOfWeek.THURSDAY, 3);
        for (Dimension size : List.of(Browser.PHONE, Browser.DESKTOP)) {
            String shots = size == Browser.PHONE ? "phone-" : "desktop-";
            try (Browser browser = Browser.open(size)) {
                browser.go("/book/" + Sessions.DEMO);
                browser.awaitHeading("Choose a treatment");
                browser.script(STRIPE_STAND_IN);
                browser.find(By.cssSelector("button[data-treatment='" + clinic.treatment + "']")).click();
                browser.awaitHeading(browser.find(By.id("page-title")).getText());
                new Select(browser.await(By.id("location"))).selectByValue(clinic.location);
                new Select(browser.find(By.id("practitioner"))).selectByValue(clinic.practitioner);
                browser.find(By.cssSelector("form.step button[type=submit]")).click();
                browser.awaitHeading("Choose a time");
                WebElement slot = browser.await(By.cssSelector("button.slot"));
                slot.click();
                browser.awaitHeading("Your details");
                browser.find(By.id("firstName")).sendKeys("Dora");
                browser.find(By.id("lastName")).sendKeys("Deposit");
                browser.find(By.id("email")).sendKeys("dora-" + shots + day + "@example.com");
                browser.find(By.id("phone")).sendKeys("07700 900124");
                browser.script("document.getElementById('dateOfBirth').value = '1988-02-10'");
                browser.find(By.cssSelector("form.step button[type=submit]")).click();

                browser.awaitHeading("Pay your deposit");
                new WebDriverWait(browser.driver, java.time.Duration.ofSeconds(20))
                        .until(d -> browser.script("return window.__stripe.mountedOn") != null);
                assertThat(browser.script("return window.__stripe.mountedOn")).isEqualTo("payment-element");
                assertThat(browser.script("return window.__stripe.element")).isEqualTo("payment");
                assertThat(browser.script("return window.__stripe.publishableKey")).isEqualTo("pk_test_e2e");
                String secret = (String) browser.script("return window.__stripe.clientSecret");
                assertThat(secret).as("the local Stripe-shaped server's client secret").startsWith("pi_")
                        .endsWith("_secret_x");
                String intent = secret.substring(0, secret.indexOf("_secret_"));
                assertThat(RunningServer.get().stripe().requests())
                        .as("the payment intent was created on the local server")
                        .anyMatch(r -> r.path().equals("/v1/payment_intents"));
                assertThat(intent).isNotBlank();
                assertThat(browser.find(By.id("deposit-form")).getText()).contains("Pay your deposit of");
                browser.assertAccessible("deposit step");
                browser.screenshot(shots + "5b-deposit");
            }
        }
    }
}
