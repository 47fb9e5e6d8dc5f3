package com.laca.adapter.notifications.template;

import com.laca.application.notification.port.out.MessageTemplate;
import com.laca.domain.notification.Channel;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The templates shipped for every kind, read from the class path under
 * {@code laca/notification-templates/<locale>/<kind>/} ({@code email-subject}, {@code email-text}, {@code email-html},
 * {@code sms}, each {@code .mustache}), so another area's kind brings its defaults by shipping files under its own
 * code. A locale without templates falls back to its language, then to en-GB.
 */
final class DefaultTemplates {

    /** The locale every kind has templates in. */
    static final Locale FALLBACK = Locale.forLanguageTag("en-GB");

    private static final String ROOT = "laca/notification-templates/";

    private final ClassLoader loader;

    DefaultTemplates(ClassLoader loader) {
        this.loader = loader;
    }

    /** The default template for a kind, channel and locale, if one is shipped. */
    Optional<MessageTemplate> find(String kindCode, Channel channel, Locale locale) {
        for (String tag : candidates(locale)) {
            String folder = ROOT + tag + "/" + kindCode + "/";
            Optional<MessageTemplate> template = switch (channel) {
                case EMAIL -> read(folder + "email-text.mustache").flatMap(text ->
                        read(folder + "email-subject.mustache").flatMap(subject ->
                                read(folder + "email-html.mustache").map(html ->
                                        MessageTemplate.email(subject.strip(), text, html))));
                case SMS -> read(folder + "sms.mustache").map(text -> MessageTemplate.sms(text.strip()));
            };
            if (template.isPresent()) {
                return template;
            }
        }
        return Optional.empty();
    }

    /** The HTML frame every e-mail body is set in: logo, colours, the clinic's address and phone. */
    String layout() {
        return read(ROOT + "layout.html.mustache")
                .orElseThrow(() -> new IllegalStateException("the e-mail layout is missing from the class path"));
    }

    private static Set<String> candidates(Locale locale) {
        Set<String> tags = new LinkedHashSet<>();
        tags.add(locale.toLanguageTag());
        tags.add(locale.getLanguage());
        tags.add(FALLBACK.toLanguageTag());
        return tags;
    }

    private Optional<String> read(String path) {
        try (InputStream in = loader.getResourceAsStream(path)) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
