package com.laca.adapter.rest.notification;

import com.laca.adapter.rest.common.Fields;
import com.laca.application.notification.port.in.TemplateText;
import com.laca.application.shared.InvalidInputException;
import com.laca.domain.notification.Channel;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;

/** A clinic's wording of one template: subject, text and HTML for e-mail, text only for SMS (Mustache). */
@Schema(name = "TemplateRequest", requiredProperties = {"text"}, properties = {
        @SchemaProperty(name = "subject", example = "See you soon at {{clinic.name}}", nullable = true),
        @SchemaProperty(name = "text", example = "Hello {{client.firstName}}, see you on {{appointment.start}}."),
        @SchemaProperty(name = "html", example = "<p>Hello {{client.firstName}}</p>", nullable = true)})
public record TemplateRequest(String subject, String text, String html) {

    /** The template for {@code channel}; a field that channel has no use for is refused, not ignored. */
    TemplateText toTemplate(Channel channel) {
        String body = Fields.required(text, "text");
        if (channel == Channel.EMAIL) {
            return TemplateText.email(Fields.required(subject, "subject"), body, Fields.required(html, "html"));
        }
        if (subject != null || html != null) {
            throw new InvalidInputException("subject", "an SMS template has a text only");
        }
        return TemplateText.sms(body);
    }

    /** A draft to preview; no body, or a body without text, previews the clinic's template or the default. */
    static Optional<TemplateText> draft(TemplateRequest request, Channel channel) {
        return Optional.ofNullable(request).filter(body -> body.text() != null)
                .map(body -> body.toTemplate(channel));
    }
}
