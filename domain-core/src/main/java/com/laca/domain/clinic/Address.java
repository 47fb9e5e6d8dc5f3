package com.laca.domain.clinic;

/**
 * A postal address, kept as the lines a client needs to find the clinic rather than a parsed structure.
 *
 * @param line2   optional second line
 * @param country ISO 3166-1 alpha-2 code, e.g. {@code GB}
 */
public record Address(String line1, String line2, String city, String postcode, String country) {

    public Address {
        line1 = Text.required(line1, "address.line1", 200);
        line2 = Text.optional(line2, "address.line2", 200);
        city = Text.required(city, "address.city", 100);
        postcode = Text.required(postcode, "address.postcode", 20);
        country = Text.required(country, "address.country", 2);
        if (!country.matches("[A-Z]{2}")) {
            throw new IllegalArgumentException("address.country must be a two-letter ISO code");
        }
    }
}
