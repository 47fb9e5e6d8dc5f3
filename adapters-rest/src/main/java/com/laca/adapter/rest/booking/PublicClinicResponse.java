package com.laca.adapter.rest.booking;

import com.laca.adapter.rest.clinic.AddressJson;
import com.laca.domain.booking.BookingPolicy;
import com.laca.domain.clinic.Location;
import com.laca.domain.clinic.Practitioner;
import com.laca.domain.tenancy.Branding;
import com.laca.domain.tenancy.Tenant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;

/**
 * Everything a booking page needs to introduce the clinic before the first click: its name, logo, colours and address,
 * its open locations and practitioners by name, and its cancellation terms.
 */
@Schema(name = "PublicClinic", properties = {
        @SchemaProperty(name = "slug", example = "demo-clinic"),
        @SchemaProperty(name = "name", example = "Demo Aesthetics Clinic"),
        @SchemaProperty(name = "logoUrl", example = "https://cdn.example.com/logo.svg", nullable = true),
        @SchemaProperty(name = "primaryColour", example = "#0b5d57"),
        @SchemaProperty(name = "accentColour", example = "#5b2a6e"),
        @SchemaProperty(name = "address", example = "12 Harley Street, London W1G 9PG", nullable = true),
        @SchemaProperty(name = "currency", example = "GBP"),
        @SchemaProperty(name = "freeCancellationHours", example = "48",
                description = "cancelling at least this long before the start is free")})
public record PublicClinicResponse(String slug, String name, String logoUrl, String primaryColour,
                                   String accentColour, String address, String currency, long freeCancellationHours,
                                   List<PublicLocation> locations, List<PublicPractitioner> practitioners) {

    /** An open location with the time zone its slots are shown in. */
    @Schema(name = "PublicLocation")
    public record PublicLocation(String id, String name, String zone, AddressJson address) {
    }

    /** A practitioner by the name clients know, and where they work. */
    @Schema(name = "PublicPractitioner")
    public record PublicPractitioner(String id, String name, List<String> locations) {
    }

    static PublicClinicResponse from(Tenant tenant, Branding branding, BookingPolicy terms, List<Location> locations,
                                     List<Practitioner> practitioners) {
        return new PublicClinicResponse(tenant.slug().value(), branding.nameOr(tenant.name()), branding.logoUrl(),
                branding.primaryColour(), branding.accentColour(), branding.address(), tenant.currency(),
                terms.freeCancellationWindow().toHours(),
                locations.stream().map(l -> new PublicLocation(l.id().toString(), l.name(), l.zone().getId(),
                        AddressJson.from(l.address()))).toList(),
                practitioners.stream().map(p -> new PublicPractitioner(p.id().toString(), p.displayName(),
                        p.locationIds().stream().map(Object::toString).sorted().toList())).toList());
    }
}
