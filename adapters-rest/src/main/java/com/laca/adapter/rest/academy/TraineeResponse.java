package com.laca.adapter.rest.academy;

import com.laca.domain.identity.StaffAccount;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;

/** A trainee's account as academy staff and the trainee see it; the password hash never leaves the server. */
@Schema(name = "Trainee", properties = {
        @SchemaProperty(name = "id", example = "7e6d5c4b-3a29-4180-8f7e-6d5c4b3a2918"),
        @SchemaProperty(name = "email", example = "dr.lee@trainee.example"),
        @SchemaProperty(name = "displayName", example = "Dr Sam Lee"),
        @SchemaProperty(name = "active", example = "true"),
        @SchemaProperty(name = "passwordSet", example = "false", description = "false until the invitation is accepted")})
public record TraineeResponse(
        String id,
        String email,
        String displayName,
        boolean active,
        boolean passwordSet) {

    public static TraineeResponse from(StaffAccount account) {
        return new TraineeResponse(account.id().toString(), account.email().value(), account.displayName(),
                account.active(), account.passwordHash() != null);
    }

    /** The trainee list; unpaged for now, as an academy has tens to hundreds of trainees. */
    @Schema(name = "TraineeList")
    public record TraineeList(List<TraineeResponse> items) {
    }
}
