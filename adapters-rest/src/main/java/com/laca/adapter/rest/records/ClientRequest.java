package com.laca.adapter.rest.records;

import com.laca.adapter.rest.common.Dates;
import com.laca.adapter.rest.common.Fields;
import com.laca.application.records.port.in.ClientDetailsCommand;
import com.laca.domain.records.ContactPreferences;
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
public record ClientRequest(String firstName, String lastName, String dateOfBirth, String email, String phone,
                            ContactPreferencesJson contactPreferences, MarketingJson marketing) {

    /** The command, each missing field a 400 naming it. */
    public ClientDetailsCommand toCommand() {
        ContactPreferencesJson contact = Fields.required(contactPreferences, "contactPreferences");
        MarketingJson consent = Fields.required(marketing, "marketing");
        return new ClientDetailsCommand(Fields.required(firstName, "firstName"), Fields.required(lastName, "lastName"),
                Dates.date(dateOfBirth, "dateOfBirth"), Fields.required(email, "email"),
                Fields.required(phone, "phone"),
                new ContactPreferences(Fields.required(contact.email(), "contactPreferences.email"),
                        Fields.required(contact.sms(), "contactPreferences.sms"),
                        Fields.required(contact.phoneCalls(), "contactPreferences.phoneCalls")),
                Fields.required(consent.messages(), "marketing.messages"),
                Fields.required(consent.photos(), "marketing.photos"));
    }

    /** Keeps the client's personal data out of logs and exception messages. */
    @Override
    public String toString() {
        return "ClientRequest[<hidden>]";
    }

    /** The channels the client accepts for service messages (reminders, aftercare). */
    @Schema(name = "ContactPreferences")
    public record ContactPreferencesJson(Boolean email, Boolean sms, Boolean phoneCalls) {
    }

    /** Marketing consent, separate from treatment consent: messages, and photos used in marketing. */
    @Schema(name = "MarketingConsentRequest")
    public record MarketingJson(Boolean messages, Boolean photos) {
    }
}
