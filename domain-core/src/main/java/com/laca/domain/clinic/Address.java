package com.laca.domain.clinic;

import com.laca.domain.shared.PlainText;

/**
 * A postal address, kept as the lines a client needs to find the clinic rather than a parsed structure.
 *
 * @param line2   optional second line
 * @param country ISO 3166-1 alpha-2 code, e.g. {@code GB}
 */
public record Address(String line1, String line2, String city, String postcode, String country) {

    /** The longest address line. */
    public static final int LINE_MAX_LENGTH = 200;
    /** The longest town or city. */
    public static final int CITY_MAX_LENGTH = 100;
    /** The longest postcode, with room for any country's. */
    public static final int POSTCODE_MAX_LENGTH = 20;

    public Address {
        line1 = PlainText.required(line1, "address.line1", LINE_MAX_LENGTH);
        line2 = PlainText.optional(line2, "address.line2", LINE_MAX_LENGTH);
        city = PlainText.required(city, "address.city", CITY_MAX_LENGTH);
        postcode = PlainText.required(postcode, "address.postcode", POSTCODE_MAX_LENGTH);
        country = PlainText.required(country, "address.country", 2);
        if (!country.matches("[A-Z]{2}")) {
            throw new IllegalArgumentException("address.country must be a two-letter ISO code");
        }
    }
}
