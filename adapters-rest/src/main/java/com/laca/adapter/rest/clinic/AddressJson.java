package com.laca.adapter.rest.clinic;

import com.laca.domain.clinic.Address;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A postal address as JSON, shared by requests and responses because both sides carry the same lines. */
@Schema(name = "Address")
public record AddressJson(
        @Schema(example = "12 Harley Street", required = true) String line1,
        @Schema(example = "Second floor", nullable = true) String line2,
        @Schema(example = "London", required = true) String city,
        @Schema(example = "W1G 9PF", required = true) String postcode,
        @Schema(example = "GB", description = "ISO 3166-1 alpha-2", required = true) String country) {

    /** The domain address; its constructor rejects blanks and overlong lines with a message naming the line. */
    public Address toAddress() {
        return new Address(line1, line2, city, postcode, country);
    }

    public static AddressJson from(Address address) {
        return new AddressJson(address.line1(), address.line2(), address.city(), address.postcode(),
                address.country());
    }
}
