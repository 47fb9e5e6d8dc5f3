package com.laca.adapter.notifications.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.laca.application.notification.port.out.MessageRenderingException;
import com.laca.application.notification.port.out.MessageTemplate;
import com.laca.application.notification.port.out.Preview;
import com.laca.application.notification.port.out.RenderRequest;
import com.laca.application.notification.port.out.RenderedMessage;
import com.laca.domain.notification.Audience;
import com.laca.domain.notification.Channel;
import com.laca.domain.notification.ContentRule;
import com.laca.domain.notification.Facts;
import com.laca.domain.notification.MessageFacts;
import com.laca.domain.notification.MessageKind;
import com.laca.domain.notification.Purpose;
import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The Mustache renderer")
class MustacheMessageRendererTest {

    private final MustacheMessageRenderer renderer = new MustacheMessageRenderer();
    private static final DemoMessages.DemoTreatment PEEL = DemoMessages.TREATMENTS.get(2);
    private static final DemoMessages.DemoTreatment TOXIN = DemoMessages.TREATMENTS.get(0);

    private static RenderRequest request(MessageKind kind, Channel channel, MessageFacts facts,
                                         Optional<MessageTemplate> template) {
        return new RenderRequest(kind, channel, Locale.UK, DemoMessages.BRANDING, facts, ContentRule.standard(),
                template);
    }

    private static MessageFacts withFirstName(String name) {
        MessageFacts demo = DemoMessages.facts(MessageKind.BOOKING_CONFIRMED, PEEL);
        MessageFacts.Builder facts = MessageFacts.builder();
        demo.asMap().forEach(facts::put);
        return facts.text(Facts.CLIENT_FIRST_NAME, name).build();
    }

    @Test
    @DisplayName("escapes what a client typed in HTML, and leaves it as typed in the text")
    void escaping() {
        RenderedMessage.Email email = (RenderedMessage.Email) renderer.render(request(MessageKind.BOOKING_CONFIRMED,
                Channel.EMAIL, withFirstName("<script>alert(1)</script> & Jo"), Optional.empty()));

        assertThat(email.html()).contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; Jo")
                .doesNotContain("<script>");
        assertThat(email.text()).contains("Hello <script>alert(1)</script> & Jo,");
    }

    @Test
    @DisplayName("uses the tenant's own template instead of the default")
    void tenantTemplate() {
        RenderedMessage.Sms sms = (RenderedMessage.Sms) renderer.render(request(MessageKind.BOOKING_CONFIRMED,
                Channel.SMS, DemoMessages.facts(MessageKind.BOOKING_CONFIRMED, PEEL),
                Optional.of(MessageTemplate.sms("Hi {{client.firstName}}! {{treatment.name}}, {{appointment.startTime}}"
                        + " at {{clinic.name}}"))));

        assertThat(sms.text()).isEqualTo("Hi Emma! Chemical peel, medium depth, 10:30 at Demo Clinic");
    }

    @Test
    @DisplayName("even a tenant's own SMS template cannot name an injectable: the name arrives already neutral")
    void tenantCannotNameInjectables() {
        RenderedMessage.Sms sms = (RenderedMessage.Sms) renderer.render(request(MessageKind.APPOINTMENT_REMINDER,
                Channel.SMS, DemoMessages.facts(MessageKind.APPOINTMENT_REMINDER, TOXIN),
                Optional.of(MessageTemplate.sms("Reminder: {{treatment.name}} on {{appointment.startShort}}"))));

        assertThat(sms.text()).isEqualTo("Reminder: your appointment on Tue 1 Dec, 10:30");
    }

    @Test
    @DisplayName("a tenant's template reaches map values only: no method, no field, no file")
    void sandboxed() {
        MessageFacts facts = DemoMessages.facts(MessageKind.BOOKING_CONFIRMED, PEEL);
        RenderedMessage.Sms sms = (RenderedMessage.Sms) renderer.render(request(MessageKind.BOOKING_CONFIRMED,
                Channel.SMS, facts, Optional.of(MessageTemplate.sms("[{{client.firstName.class}}]"
                        + "[{{client.firstName.bytes}}][{{client.class.name}}][{{clinic.getClass}}][{{client.empty}}]"))));

        assertThat(sms.text()).isEqualTo("[][][][][]");
        assertThatThrownBy(() -> renderer.render(request(MessageKind.BOOKING_CONFIRMED, Channel.SMS, facts,
                Optional.of(MessageTemplate.sms("{{> /etc/passwd}}")))))
                .isInstanceOf(MessageRenderingException.class);
    }

    @Test
    @DisplayName("the preview lists a placeholder the kind has no fact for and any forbidden word")
    void previewProblems() {
        Preview preview = renderer.preview(request(MessageKind.BOOKING_CONFIRMED, Channel.EMAIL,
                MessageFacts.empty(), Optional.of(MessageTemplate.email("Booked, {{client.lastName}}",
                        "Hello {{client.firstName}}, tell us if you are pregnant.", "<p>Hello</p>"))));

        assertThat(preview.message()).isPresent();
        assertThat(preview.problems()).containsExactly(
                "the template uses {{client.lastName}}, which this kind of message does not have",
                "the email body contains words that must not be sent: pregnan");
    }

    @Test
    @DisplayName("a template that cannot be read is reported by the preview, not thrown")
    void brokenTemplate() {
        Preview preview = renderer.preview(request(MessageKind.BOOKING_CONFIRMED, Channel.SMS, MessageFacts.empty(),
                Optional.of(MessageTemplate.sms("{{#client}}never closed"))));

        assertThat(preview.message()).isEmpty();
        assertThat(preview.problems()).singleElement().asString().startsWith("the template cannot be read");
    }

    @Test
    @DisplayName("another area's kind renders from the templates it ships on the class path")
    void extensionKind() {
        MessageKind consent = MessageKind.define("consent-request", Audience.CLIENT, Purpose.TRANSACTIONAL,
                Set.of(Channel.EMAIL, Channel.SMS), Set.of(), Set.of(Facts.CLIENT_FIRST_NAME, "link.consent"));
        MessageFacts facts = MessageFacts.builder().text(Facts.CLIENT_FIRST_NAME, "Emma")
                .link("link.consent", URI.create("https://book.example/consent/xyz")).build();

        RenderedMessage.Sms sms = (RenderedMessage.Sms) renderer.render(request(consent, Channel.SMS, facts,
                Optional.empty()));

        assertThat(sms.text()).isEqualTo("Demo Clinic: please complete your form: https://book.example/consent/xyz");
    }

    @Test
    @DisplayName("a kind with no template anywhere cannot be rendered, and says which")
    void noTemplate() {
        MessageKind unknown = MessageKind.define("certificate-issued", Audience.CLIENT, Purpose.TRANSACTIONAL,
                Set.of(Channel.EMAIL), Set.of(), Set.of());

        assertThatThrownBy(() -> renderer.render(request(unknown, Channel.EMAIL, MessageFacts.empty(),
                Optional.empty()))).isInstanceOf(MessageRenderingException.class)
                .hasMessageContaining("certificate-issued");
    }

    @Test
    @DisplayName("a locale without templates falls back to British English")
    void localeFallback() {
        RenderedMessage.Email email = (RenderedMessage.Email) renderer.render(new RenderRequest(
                MessageKind.BOOKING_CONFIRMED, Channel.EMAIL, Locale.US, DemoMessages.BRANDING,
                DemoMessages.facts(MessageKind.BOOKING_CONFIRMED, PEEL), ContentRule.standard(), Optional.empty()));

        assertThat(email.subject()).isEqualTo("Your appointment at Demo Clinic is confirmed");
    }

    @Test
    @DisplayName("a fact may not take the branding's name")
    void reservedNames() {
        MessageFacts clash = MessageFacts.builder().text("clinic.name", "Impostor").build();

        assertThatThrownBy(() -> renderer.render(request(MessageKind.BOOKING_CONFIRMED, Channel.SMS, clash,
                Optional.of(MessageTemplate.sms("{{clinic.name}}"))))).isInstanceOf(MessageRenderingException.class);
    }
}
