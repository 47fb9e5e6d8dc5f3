package com.laca.adapter.rest.clinic;

import com.laca.domain.clinic.Address;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;

/** A postal address as JSON, shared by requests and responses because both sides carry the same lines. */
@Schema(name = "Address", requiredProperties = {"line1", "city", "postcode", "country"}, properties = {
        @SchemaProperty(name = "line1", example = "12 Harley Street"),
        @SchemaProperty(name = "line2", example = "Second floor", nullable = true),
        @SchemaProperty(name = "city", example = "London"),
        @SchemaProperty(name = "postcode", example = "W1G 9PF"),
        @SchemaProperty(name = "country", example = "GB", description = "ISO 3166-1 alpha-2")})
public record AddressJson(
        String line1,
        String line2,
        String city,
        String postcode,
        String country) {

    /** The domain address; its constructor rejects blanks and overlong lines with a message naming the line. */
    public Address toAddress() {
        return new Address(line1, line2, city, postcode, country);
    }

    public static AddressJson from(Address address) {
        return new AddressJson(address.line1(), address.line2(), address.city(), address.postcode(),
                address.country());
    }
}
