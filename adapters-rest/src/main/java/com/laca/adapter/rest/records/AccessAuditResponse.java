package com.laca.adapter.rest.records;

import com.laca.domain.records.AccessAuditEntry;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One access-audit entry: who read what (kind and id, no content) of which client, when and why. */
@Schema(name = "AccessAuditEntry")
public record AccessAuditResponse(String id, String actor, String client, String accessed, String recordId,
                                  String reason, String reasonDescription, String at) {

    public static AccessAuditResponse from(AccessAuditEntry entry) {
        return new AccessAuditResponse(entry.id().toString(), entry.actor().toString(), entry.client().toString(),
                entry.accessed().name(), entry.recordId().map(UUID::toString).orElse(null), entry.reason().name(),
                entry.reason().description(), entry.at().toString());
    }
}
