package com.laca.application.notification.port.out;

import com.laca.domain.notification.Branding;
import com.laca.domain.notification.Channel;
import com.laca.domain.notification.ContentRule;
import com.laca.domain.notification.MessageFacts;
import com.laca.domain.notification.MessageKind;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything needed to render one message at send time: the kind and channel, the reader's locale, the clinic's
 * branding and the facts as they were when the message was enqueued (both part of the snapshot, so a later rename
 * changes no queued message), the tenant's content rule (which decides how a treatment is named) and the tenant's own
 * template, if it has one.
 *
 * <p>Facts may not use the names the renderer provides itself: {@code clinic.*} (from the branding).
 */
public record RenderRequest(MessageKind kind, Channel channel, Locale locale, Branding branding, MessageFacts facts,
                            ContentRule contentRule, Optional<MessageTemplate> tenantTemplate) {

    public RenderRequest {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(branding, "branding");
        Objects.requireNonNull(facts, "facts");
        Objects.requireNonNull(contentRule, "contentRule");
        Objects.requireNonNull(tenantTemplate, "tenantTemplate");
        if (!kind.allows(channel)) {
            throw new IllegalArgumentException(kind + " is never sent by " + channel);
        }
        tenantTemplate.ifPresent(template -> {
            if (template.channel() != channel) {
                throw new IllegalArgumentException("the tenant template is for " + template.channel());
            }
        });
    }
}
