package com.laca.adapter.rest.safety;

import com.laca.adapter.rest.common.Dates;
import com.laca.adapter.rest.common.Fields;
import com.laca.application.shared.InvalidInputException;
import com.laca.domain.clinic.TreatmentCategory;
import com.laca.domain.safety.Licence;
import com.laca.domain.safety.LicenceTier;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;

/** A practitioner's or premises' cosmetic-procedures licence as the API reads and writes it. */
@Schema(name = "Licence", requiredProperties = {"number", "tier", "expiresOn", "insuranceExpiresOn", "covers"},
        properties = {
                @SchemaProperty(name = "number", example = "BATH-LIC-0042", description = "1-60 characters"),
                @SchemaProperty(name = "tier", example = "AMBER", description = "the scheme's tier code, upper case"),
                @SchemaProperty(name = "expiresOn", example = "2027-03-31", description = "last valid day"),
                @SchemaProperty(name = "insuranceExpiresOn", example = "2027-01-31",
                        description = "last day of the indemnity insurance"),
                @SchemaProperty(name = "covers", example = "[\"ANTI_WRINKLE\", \"DERMAL_FILLER\"]",
                        description = "the treatment categories it licenses, at least one")})
public record LicenceJson(String number, String tier, String expiresOn, String insuranceExpiresOn,
                          List<String> covers) {

    Licence toDomain() {
        String checkedNumber = Fields.required(number, "number");
        if (checkedNumber.isBlank() || checkedNumber.length() > 60) {
            throw new InvalidInputException("number", "must be 1-60 characters");
        }
        LicenceTier checkedTier;
        try {
            checkedTier = new LicenceTier(Fields.required(tier, "tier"));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("tier", "must be 1-30 upper-case letters, digits or underscores");
        }
        if (covers == null || covers.isEmpty()) {
            throw new InvalidInputException("covers", "must name at least one treatment category");
        }
        return new Licence(checkedNumber, checkedTier, Dates.date(expiresOn, "expiresOn"),
                Dates.date(insuranceExpiresOn, "insuranceExpiresOn"),
                Fields.enumSet(TreatmentCategory.class, covers, "covers"));
    }

    static LicenceJson from(Licence licence) {
        return new LicenceJson(licence.number(), licence.tier().code(), licence.expiresOn().toString(),
                licence.insuranceExpiresOn().toString(), licence.covers().stream().map(Enum::name).sorted().toList());
    }
}
