package com.laca.adapter.rest.identity;

import com.laca.application.identity.port.in.StaffInvitation;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;

/**
 * An invitation or password reset issued: the account and until when its link works. The one-time token itself is
 * e-mailed to the account's address (read it in the outbox viewer on the embedded default), never put in an answer.
 */
@Schema(name = "Invitation", properties = {
        @SchemaProperty(name = "userId", example = "7e6d5c4b-3a29-4180-8f7e-6d5c4b3a2918"),
        @SchemaProperty(name = "expiresAt", example = "2026-03-04T09:30:00Z"),
        @SchemaProperty(name = "delivery", example = "email", description = "how the one-time link was sent")})
public record InvitationResponse(
        String userId,
        Instant expiresAt,
        String delivery) {

    public static InvitationResponse from(StaffInvitation invitation) {
        return new InvitationResponse(invitation.userId().toString(), invitation.expiresAt(), "email");
    }
}
