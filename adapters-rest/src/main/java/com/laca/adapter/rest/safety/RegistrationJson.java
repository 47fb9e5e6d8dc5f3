package com.laca.adapter.rest.safety;

import com.laca.adapter.rest.common.Fields;
import com.laca.domain.safety.PrescriberRegistration;
import com.laca.domain.safety.RegisterBody;
import jakarta.validation.constraints.NotBlank;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;

/** A prescriber's statutory registration as the API writes it. */
@Schema(name = "PrescriberRegistration", requiredProperties = {"registerBody", "number"}, properties = {
        @SchemaProperty(name = "registerBody", example = "NMC", description = "GMC, NMC, GPhC or GDC"),
        @SchemaProperty(name = "number", example = "12A3456E",
                description = "the register's number: GMC and GPhC 7 digits, NMC a PIN such as 12A3456E, GDC digits")})
public record RegistrationJson(
        @NotBlank(message = Fields.REQUIRED) String registerBody,
        @NotBlank(message = Fields.REQUIRED) String number) {

    RegisterBody body() {
        return Fields.enumValue(RegisterBody.class, registerBody, "registerBody");
    }

    String requiredNumber() {
        return number;
    }

    static RegistrationJson from(PrescriberRegistration registration) {
        return new RegistrationJson(registration.body().name(), registration.number());
    }
}
