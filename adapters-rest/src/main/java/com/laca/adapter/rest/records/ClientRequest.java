package com.laca.adapter.rest.records;

import com.laca.adapter.rest.common.Dates;
import com.laca.adapter.rest.common.Fields;
import com.laca.application.records.port.in.ClientDetailsCommand;
import com.laca.domain.records.ContactPreferences;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;

/**
 * A client's whole editable record, for creating one (POST) or replacing one (PUT): every field is required, so a
 * PUT that leaves a field out is a 400 naming it, never a silent default.
 */
@Schema(name = "ClientRequest", requiredProperties = {"firstName", "lastName", "dateOfBirth", "email", "phone",
        "contactPreferences", "marketing"}, properties = {
                @SchemaProperty(name = "firstName", example = "Zoë"),
                @SchemaProperty(name = "lastName", example = "O'Brien"),
                @SchemaProperty(name = "dateOfBirth", example = "1990-04-15"),
                @SchemaProperty(name = "email", example = "zoe.obrien@example.com"),
                @SchemaProperty(name = "phone", example = "07911 123456")})
public record ClientRequest(@NotBlank(message = Fields.REQUIRED) String firstName,
                            @NotBlank(message = Fields.REQUIRED) String lastName,
                            @NotBlank(message = Fields.REQUIRED) String dateOfBirth,
                            @NotBlank(message = Fields.REQUIRED) String email,
                            @NotBlank(message = Fields.REQUIRED) String phone,
                            @NotNull(message = Fields.REQUIRED) @Valid ContactPreferencesJson contactPreferences,
                            @NotNull(message = Fields.REQUIRED) @Valid MarketingJson marketing) {

    /** The command, each missing field a 400 naming it. */
    public ClientDetailsCommand toCommand() {
        return new ClientDetailsCommand(firstName, lastName, Dates.date(dateOfBirth, "dateOfBirth"), email, phone,
                new ContactPreferences(contactPreferences.email(), contactPreferences.sms(),
                        contactPreferences.phoneCalls()),
                marketing.messages(), marketing.photos());
    }

    /** Keeps the client's personal data out of logs and exception messages. */
    @Override
    public String toString() {
        return "ClientRequest[<hidden>]";
    }

    /** The channels the client accepts for service messages (reminders, aftercare). */
    @Schema(name = "ContactPreferences")
    public record ContactPreferencesJson(@NotNull(message = Fields.REQUIRED) Boolean email,
                                         @NotNull(message = Fields.REQUIRED) Boolean sms,
                                         @NotNull(message = Fields.REQUIRED) Boolean phoneCalls) {
    }

    /** Marketing consent, separate from treatment consent: messages, and photos used in marketing. */
    @Schema(name = "MarketingConsentRequest")
    public record MarketingJson(@NotNull(message = Fields.REQUIRED) Boolean messages,
                                @NotNull(message = Fields.REQUIRED) Boolean photos) {
    }
}
