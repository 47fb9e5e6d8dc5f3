package com.laca.adapter.rest.academy;

import com.laca.domain.academy.ProfessionalRegistration;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A person's professional registration and, once checked on the public register, who verified it and when. */
@Schema(name = "ProfessionalRegistration")
public record RegistrationResponse(String body, String bodyName, String number, boolean verified, String verifiedBy,
                                   Instant verifiedAt) {

    static RegistrationResponse from(ProfessionalRegistration registration) {
        return new RegistrationResponse(registration.body().name(), registration.body().fullName(),
                registration.number(), registration.isVerified(),
                registration.verification().map(v -> v.verifiedBy().toString()).orElse(null),
                registration.verification().map(v -> v.verifiedAt()).orElse(null));
    }

    /** A person's registrations, by register. */
    @Schema(name = "ProfessionalRegistrationList")
    public record RegistrationList(List<RegistrationResponse> items) {
    }
}
