package com.laca.adapter.notifications.template;

import static org.assertj.core.api.Assertions.assertThat;

import com.laca.application.notification.port.out.Preview;
import com.laca.application.notification.port.out.RenderRequest;
import com.laca.application.notification.port.out.RenderedMessage;
import com.laca.domain.clinic.TreatmentCategory;
import com.laca.domain.notification.Audience;
import com.laca.domain.notification.Channel;
import com.laca.domain.notification.ClinicalVocabulary;
import com.laca.domain.notification.ContentRule;
import com.laca.domain.notification.Facts;
import com.laca.domain.notification.MessageKind;
import com.laca.domain.notification.Surface;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayName("Every shipped template, rendered with the demo clinic's data, says nothing medical")
class DefaultTemplatesTest {

    private static final MustacheMessageRenderer RENDERER = new MustacheMessageRenderer();
    private static final ContentRule RULE = ContentRule.standard();

    static Stream<Arguments> everyKindChannelAndTreatment() {
        List<Arguments> all = new ArrayList<>();
        for (MessageKind kind : MessageKind.STANDARD) {
            for (Channel channel : Channel.values()) {
                if (!kind.allows(channel)) {
                    continue;
                }
                for (DemoMessages.DemoTreatment treatment : DemoMessages.TREATMENTS) {
                    all.add(Arguments.of(kind, channel, treatment));
                }
            }
        }
        return all.stream();
    }

    private static RenderedMessage render(MessageKind kind, Channel channel, DemoMessages.DemoTreatment treatment) {
        return RENDERER.render(new RenderRequest(kind, channel, Locale.UK, DemoMessages.BRANDING,
                DemoMessages.facts(kind, treatment), RULE, Optional.empty()));
    }

    @ParameterizedTest(name = "{0} by {1}, {2}")
    @MethodSource("everyKindChannelAndTreatment")
    @DisplayName("no screening word anywhere, no injectable on a lock screen, every placeholder filled")
    void scanned(MessageKind kind, Channel channel, DemoMessages.DemoTreatment treatment) {
        RenderedMessage message = render(kind, channel, treatment);

        if (message instanceof RenderedMessage.Email email) {
            assertThat(RULE.check(Surface.EMAIL_SUBJECT, email.subject()).isClean()).as(email.subject()).isTrue();
            assertThat(RULE.check(Surface.EMAIL_BODY, email.text()).isClean()).as(email.text()).isTrue();
            assertThat(RULE.check(Surface.EMAIL_BODY, email.html()).isClean()).as(email.html()).isTrue();
            assertThat(email.subject()).isNotBlank().doesNotContain("\n");
            assertThat(email.text()).contains("Demo Clinic").doesNotContain("{{").doesNotContain("}}");
            assertThat(email.html()).contains("Demo Clinic").contains("https://cdn.example/logo.png")
                    .contains("#123456").doesNotContain("{{");
            if (kind.audience() == Audience.CLIENT) {
                assertThat(email.text()).contains("http://localhost:8080/manage/tok123");
                assertThat(email.html()).contains("href=\"http://localhost:8080/manage/tok123\"");
            }
        } else {
            String sms = ((RenderedMessage.Sms) message).text();
            assertThat(RULE.check(Surface.SMS, sms).isClean()).as(sms).isTrue();
            assertThat(sms).startsWith("Demo Clinic:").contains("http://localhost:8080/manage/tok123")
                    .doesNotContain("{{").hasSizeLessThanOrEqualTo(MustacheMessageRenderer.LONGEST_SMS);
            for (String word : ClinicalVocabulary.INJECTABLES) {
                assertThat(sms.toLowerCase(Locale.ROOT).replace('-', ' ')).doesNotContain(word);
            }
        }
    }

    @Test
    @DisplayName("a confirmation e-mail names the treatment and carries the manage and pre-visit links")
    void confirmationContents() {
        RenderedMessage.Email email = (RenderedMessage.Email) render(MessageKind.BOOKING_CONFIRMED, Channel.EMAIL,
                DemoMessages.TREATMENTS.get(2));

        assertThat(email.subject()).isEqualTo("Your appointment at Demo Clinic is confirmed");
        assertThat(email.text()).contains("Hello Emma,").contains("When:  Tuesday 1 December 2026 at 10:30")
                .contains("What:  Chemical peel, medium depth with Dr Priya Shah")
                .contains("http://localhost:8080/pre-visit/tok123");
    }

    @Test
    @DisplayName("an injectable is named in the e-mail body, never in the subject or the SMS")
    void injectableOnlyInTheBody() {
        DemoMessages.DemoTreatment toxin = DemoMessages.TREATMENTS.get(0);
        assertThat(toxin.category()).isEqualTo(TreatmentCategory.ANTI_WRINKLE);

        RenderedMessage.Email email = (RenderedMessage.Email) render(MessageKind.APPOINTMENT_REMINDER, Channel.EMAIL,
                toxin);
        RenderedMessage.Sms sms = (RenderedMessage.Sms) render(MessageKind.APPOINTMENT_REMINDER, Channel.SMS, toxin);

        assertThat(email.text()).contains("Anti-wrinkle toxin, three areas");
        assertThat(email.subject()).isEqualTo("Reminder: your appointment at Demo Clinic on Tue 1 Dec, 10:30");
        assertThat(sms.text()).isEqualTo("Demo Clinic: reminder of your appointment on Tue 1 Dec, 10:30 at Harley "
                + "Street. To move or cancel: http://localhost:8080/manage/tok123");
    }

    @Test
    @DisplayName("money is written as the currency does: £50.00 and £25.50")
    void money() {
        RenderedMessage.Email refund = (RenderedMessage.Email) render(MessageKind.REFUND_ISSUED, Channel.EMAIL,
                DemoMessages.TREATMENTS.get(2));
        RenderedMessage.Sms hold = (RenderedMessage.Sms) render(MessageKind.HOLD_AWAITING_DEPOSIT, Channel.SMS,
                DemoMessages.TREATMENTS.get(2));

        assertThat(refund.subject()).isEqualTo("Refund of £25.50 on its way");
        assertThat(hold.text()).contains("Pay the £50.00 deposit");
    }

    static Stream<Arguments> everyKindAndChannel() {
        return MessageKind.STANDARD.stream().flatMap(kind -> Stream.of(Channel.values())
                .filter(kind::allows).map(channel -> Arguments.of(kind, channel)));
    }

    @ParameterizedTest(name = "{0} by {1}")
    @MethodSource("everyKindAndChannel")
    @DisplayName("every default's preview with sample data shows a message and no problem")
    void previews(MessageKind kind, Channel channel) {
        Preview preview = RENDERER.preview(new RenderRequest(kind, channel, Locale.UK, DemoMessages.BRANDING,
                DemoMessages.facts(kind, DemoMessages.TREATMENTS.get(0)), RULE, Optional.empty()));

        assertThat(preview.problems()).isEmpty();
        assertThat(preview.message()).isPresent();
    }

    @Test
    @DisplayName("every client kind but receipts has an SMS template; staff kinds have none")
    void smsWhereAllowed() {
        assertThat(MessageKind.STANDARD.stream().filter(kind -> kind.allows(Channel.SMS)).map(MessageKind::code))
                .containsExactlyInAnyOrder("booking-confirmed", "hold-awaiting-deposit", "booking-rescheduled",
                        "booking-cancelled-by-client", "booking-cancelled-by-clinic", "appointment-reminder");
        assertThat(MessageKind.PASSWORD_RESET.requiredFacts()).contains(Facts.RESET_LINK);
    }
}
