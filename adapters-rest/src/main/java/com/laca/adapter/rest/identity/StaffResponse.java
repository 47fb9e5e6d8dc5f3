package com.laca.adapter.rest.identity;

import com.laca.domain.identity.StaffAccount;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;

/** A staff account as its clinic's owner sees it; the password hash never leaves the server. */
@Schema(name = "StaffMember", properties = {
        @SchemaProperty(name = "id", example = "7e6d5c4b-3a29-4180-8f7e-6d5c4b3a2918"),
        @SchemaProperty(name = "email", example = "nurse@demo-clinic.example"),
        @SchemaProperty(name = "displayName", example = "Nurse Jo Bloggs"),
        @SchemaProperty(name = "roles", example = "[\"PRACTITIONER\"]"),
        @SchemaProperty(name = "active", example = "true"),
        @SchemaProperty(name = "passwordSet", example = "false", description = "false until the invitation has been accepted"),
        @SchemaProperty(name = "practitionerId", example = "3f2a1b0c-9d8e-4f7a-8b6c-5d4e3f2a1b0c", nullable = true,
                description = "the practitioner record this account treats as (PUT /api/staff/{id}/practitioner)")})
public record StaffResponse(
        String id,
        String email,
        String displayName,
        List<String> roles,
        boolean active,
        boolean passwordSet,
        String practitionerId) {

    public static StaffResponse from(StaffAccount account) {
        return new StaffResponse(account.id().toString(), account.email().value(), account.displayName(),
                account.roles().stream().map(Enum::name).sorted().toList(), account.active(),
                account.passwordHash() != null,
                account.linkedPractitioner().map(Object::toString).orElse(null));
    }

    /** The staff list; unpaged because a clinic has tens of staff, not thousands. */
    @Schema(name = "StaffList")
    public record StaffList(List<StaffResponse> items) {
    }
}
