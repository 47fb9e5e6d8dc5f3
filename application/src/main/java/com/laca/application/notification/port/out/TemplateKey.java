package com.laca.application.notification.port.out;

import com.laca.domain.notification.Channel;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Which template a tenant's own wording replaces: one kind of message (by its code, so stored keys outlive a kind a
 * deployment no longer registers), one channel, one locale.
 *
 * @param kind   the kind's code, e.g. {@code booking-confirmed}
 * @param locale a language tag such as {@code en-GB}
 */
public record TemplateKey(String kind, Channel channel, Locale locale) {

    private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

    public TemplateKey {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(locale, "locale");
        if (kind.length() > 60 || !CODE.matcher(kind).matches()) {
            throw new IllegalArgumentException("a kind code is lower-case words joined by hyphens");
        }
        if (locale.toLanguageTag().equals("und") || locale.toLanguageTag().length() > 35) {
            throw new IllegalArgumentException("a template's locale is a language tag such as en-GB");
        }
    }
}
