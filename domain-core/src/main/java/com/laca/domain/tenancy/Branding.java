package com.laca.domain.tenancy;

import com.laca.domain.shared.PlainText;
import com.laca.domain.shared.TenantId;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * How a clinic looks on its public booking page: the name shown, a logo, two colours, the address and, optionally, a
 * domain of its own that opens the booking page. The primary colour carries white text on buttons, so it must reach
 * WCAG 2.2 AA contrast (4.5:1) against white; a clinic cannot choose a colour that makes its page unreadable.
 *
 * @param displayName  the name on the page; {@code null} shows the tenant's name
 * @param logoUrl      an {@code https} address of the logo, or {@code null} for none
 * @param primaryColour buttons and links, {@code #rrggbb}
 * @param accentColour  headings and highlights, {@code #rrggbb}
 * @param address       one line the page shows under the name, or {@code null}
 * @param customDomain  a host name such as {@code book.demo-clinic.test} that serves the booking page at {@code /}
 */
public record Branding(TenantId tenant, String displayName, String logoUrl, String primaryColour, String accentColour,
                       String address, String customDomain, long version) {

    /** The colours of a clinic that has chosen none: a dark teal and a deep plum, both 4.5:1 or more on white. */
    public static final String DEFAULT_PRIMARY = "#0b5d57";
    /** See {@link #DEFAULT_PRIMARY}. */
    public static final String DEFAULT_ACCENT = "#5b2a6e";
    /** WCAG 2.2 AA minimum contrast for normal text. */
    public static final double MIN_CONTRAST = 4.5;

    private static final Pattern COLOUR = Pattern.compile("#[0-9a-f]{6}");
    private static final Pattern HOST = Pattern.compile(
            "(?=.{4,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]([a-z0-9-]{0,61}[a-z0-9])?");
    private static final int NAME_MAX = 200;
    private static final int URL_MAX = 500;
    private static final int ADDRESS_MAX = 300;

    public Branding {
        Objects.requireNonNull(tenant, "tenant");
        displayName = PlainText.optional(displayName, "displayName", NAME_MAX);
        logoUrl = PlainText.optional(logoUrl, "logoUrl", URL_MAX);
        if (logoUrl != null && !logoUrl.startsWith("https://")) {
            throw new IllegalArgumentException("logoUrl must be an https:// address");
        }
        primaryColour = colour(primaryColour, "primaryColour", DEFAULT_PRIMARY);
        accentColour = colour(accentColour, "accentColour", DEFAULT_ACCENT);
        address = PlainText.optional(address, "address", ADDRESS_MAX);
        customDomain = domain(customDomain);
    }

    /** The look of a clinic that has set nothing yet. */
    public static Branding defaults(TenantId tenant) {
        return new Branding(tenant, null, null, DEFAULT_PRIMARY, DEFAULT_ACCENT, null, null, 0);
    }

    /** The name the page shows: the chosen one, else the tenant's. */
    public String nameOr(String tenantName) {
        return displayName == null ? tenantName : displayName;
    }

    /** The custom domain, if the clinic has one. */
    public Optional<String> domain() {
        return Optional.ofNullable(customDomain);
    }

    /** The same branding at another version, as a store returns it. */
    public Branding atVersion(long newVersion) {
        return new Branding(tenant, displayName, logoUrl, primaryColour, accentColour, address, customDomain,
                newVersion);
    }

    /** A host name as browsers send it: lower case, without a port or a trailing dot. */
    public static String normaliseHost(String host) {
        if (host == null) {
            return "";
        }
        String h = host.trim().toLowerCase(Locale.ROOT);
        int colon = h.lastIndexOf(':');
        if (colon > 0 && !h.endsWith("]")) {
            h = h.substring(0, colon);
        }
        return h.endsWith(".") ? h.substring(0, h.length() - 1) : h;
    }

    /** The WCAG contrast ratio of a {@code #rrggbb} colour against white, from 1 to 21. */
    public static double contrastWithWhite(String colour) {
        int rgb = Integer.parseInt(colour.substring(1), 16);
        double luminance = 0.2126 * channel(rgb >> 16) + 0.7152 * channel(rgb >> 8) + 0.0722 * channel(rgb);
        return 1.05 / (luminance + 0.05);
    }

    private static double channel(int value) {
        double c = (value & 0xff) / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    private static String colour(String value, String field, String fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        String c = value.trim().toLowerCase(Locale.ROOT);
        if (!COLOUR.matcher(c).matches()) {
            throw new IllegalArgumentException(field + " must be a colour such as #0b5d57");
        }
        if (contrastWithWhite(c) < MIN_CONTRAST) {
            throw new IllegalArgumentException(field + " is too light: white text on it must reach a contrast of "
                    + MIN_CONTRAST + ":1 (WCAG 2.2 AA)");
        }
        return c;
    }

    private static String domain(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String d = value.trim().toLowerCase(Locale.ROOT);
        if (!HOST.matcher(d).matches()) {
            throw new IllegalArgumentException("customDomain must be a host name such as book.example.com");
        }
        return d;
    }
}
