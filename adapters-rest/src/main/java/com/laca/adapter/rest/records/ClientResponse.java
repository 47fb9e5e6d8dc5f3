package com.laca.adapter.rest.records;

import com.laca.domain.records.ClientProfile;
import com.laca.domain.shared.ClientId;
import com.laca.domain.shared.EmailAddress;
import com.laca.domain.shared.PhoneNumber;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A client as staff see it with {@code clients:view}: identity, contact details, preferences, marketing consent,
 * status and the clients it may duplicate.
 */
@Schema(name = "Client")
public record ClientResponse(String id, String firstName, String lastName, String dateOfBirth, String email,
                             String phone, ClientRequest.ContactPreferencesJson contactPreferences,
                             Marketing marketing, String status, String mergedInto,
                             List<String> possibleDuplicates) {

    public static ClientResponse from(ClientProfile profile) {
        return new ClientResponse(profile.id().toString(), profile.firstName(), profile.lastName(),
                profile.dateOfBirth().toString(), profile.email().map(EmailAddress::value).orElse(null),
                profile.phone().map(PhoneNumber::value).orElse(null),
                new ClientRequest.ContactPreferencesJson(profile.contact().email(), profile.contact().sms(),
                        profile.contact().phoneCalls()),
                new Marketing(profile.marketing().messagesSince().map(Instant::toString).orElse(null),
                        profile.marketing().photosSince().map(Instant::toString).orElse(null)),
                profile.status().name(), profile.mergedInto().map(ClientId::toString).orElse(null),
                profile.possibleDuplicates().stream().map(ClientId::toString).toList());
    }

    /** When each marketing consent was given; null when it is not given. */
    @Schema(name = "MarketingConsent")
    public record Marketing(String messagesSince, String photosSince) {
    }

    @Override
    public String toString() {
        return "ClientResponse[" + id + "]";
    }
}
