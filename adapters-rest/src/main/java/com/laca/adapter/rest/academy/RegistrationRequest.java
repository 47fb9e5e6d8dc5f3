package com.laca.adapter.rest.academy;

import com.laca.adapter.rest.common.Fields;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;

/** A person's number on a professional register, checked for the register's shape (GMC 7 digits, NMC 01A2345N, …). */
@Schema(name = "RegistrationRequest", requiredProperties = {"number"}, properties = {
        @SchemaProperty(name = "number", example = "1234567")})
public record RegistrationRequest(
        @NotBlank(message = Fields.REQUIRED) @Size(max = 16, message = "must be at most 16 characters")
        String number) {
}
