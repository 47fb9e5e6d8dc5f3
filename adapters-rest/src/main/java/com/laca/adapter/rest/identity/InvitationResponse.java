package com.laca.adapter.rest.identity;

import com.laca.application.identity.port.in.StaffInvitation;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;

/** A one-time token shown exactly once, for the invitee to set a password at POST /api/auth/password. */
@Schema(name = "Invitation", properties = {
        @SchemaProperty(name = "userId", example = "7e6d5c4b-3a29-4180-8f7e-6d5c4b3a2918"),
        @SchemaProperty(name = "token", example = "ot_Zm9vYmFy...", description = "shown once; only its hash is stored"),
        @SchemaProperty(name = "expiresAt", example = "2026-03-04T09:30:00Z")})
public record InvitationResponse(
        String userId,
        String token,
        Instant expiresAt) {

    public static InvitationResponse from(StaffInvitation invitation) {
        return new InvitationResponse(invitation.userId().toString(), invitation.token(), invitation.expiresAt());
    }

    @Override
    public String toString() {
        return "InvitationResponse[userId=" + userId + ", token=<hidden>, expiresAt=" + expiresAt + "]";
    }
}
