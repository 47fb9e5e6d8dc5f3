package com.laca.adapter.rest.records;

import com.laca.domain.records.ClientChange;
import com.laca.domain.shared.ClientId;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One entry of a client's history: who changed what (a staff member's user id, or {@code unsubscribe-link} when the
 * client withdrew marketing through the link in a message), when, with each field's value before and after.
 */
@Schema(name = "ClientChange")
public record ClientChangeResponse(String client, String kind, String changedBy, String changedAt,
                                   String counterpart, List<Field> fields) {

    public static ClientChangeResponse from(ClientChange change) {
        return new ClientChangeResponse(change.client().toString(), change.kind().name(),
                change.changedBy().code(), change.changedAt().toString(),
                change.counterpart().map(ClientId::toString).orElse(null),
                change.fields().stream().map(f -> new Field(f.field().name(), f.before(), f.after())).toList());
    }

    /** A field's value before and after ("" when absent). */
    @Schema(name = "ClientFieldChange")
    public record Field(String field, String before, String after) {
    }
}
