package com.laca.domain.notification;

import java.net.URI;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * How a clinic's messages look and sign off: its name, logo, colours, address and phone; checked here because the
 * colours and the logo go into HTML, where a malformed value could break or hijack the e-mail.
 *
 * @param clinicName   as clients know it, 1 to 120 characters
 * @param logo         an https image URL, if any
 * @param primaryColour the brand colour, {@code #RRGGBB}
 * @param accentColour  the colour of buttons and links, {@code #RRGGBB}
 * @param address      the address on one line, 1 to 300 characters
 * @param phone        the clinic's phone as it should be printed, if any
 */
public record Branding(String clinicName, Optional<URI> logo, String primaryColour, String accentColour,
                       String address, Optional<String> phone) {

    private static final Pattern COLOUR = Pattern.compile("#[0-9A-Fa-f]{6}");

    public Branding {
        clinicName = text(clinicName, "clinicName", 120);
        Objects.requireNonNull(logo, "logo");
        logo.ifPresent(uri -> {
            if (!"https".equals(String.valueOf(uri.getScheme()).toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException("the logo must be an https URL");
            }
        });
        primaryColour = colour(primaryColour, "primaryColour");
        accentColour = colour(accentColour, "accentColour");
        address = text(address, "address", 300);
        Objects.requireNonNull(phone, "phone");
        phone = phone.map(value -> text(value, "phone", 40));
    }

    private static String text(String value, String field, int max) {
        if (value == null || value.isBlank() || value.strip().length() > max
                || value.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException(field + " must be 1-" + max + " printable characters");
        }
        return value.strip();
    }

    private static String colour(String value, String field) {
        if (value == null || !COLOUR.matcher(value).matches()) {
            throw new IllegalArgumentException(field + " must be a colour written #RRGGBB");
        }
        return value.toUpperCase(Locale.ROOT);
    }
}
