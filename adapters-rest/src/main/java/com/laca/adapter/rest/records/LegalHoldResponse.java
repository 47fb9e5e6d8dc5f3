package com.laca.adapter.rest.records;

import com.laca.domain.records.LegalHold;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A legal hold as the owner sees it: why, who placed it and when, and who released it and when (null while standing). */
@Schema(name = "LegalHold")
public record LegalHoldResponse(String id, String reason, String placedBy, String placedAt, boolean active,
                                String releasedBy, String releasedAt) {

    /** The JSON form of a hold. */
    public static LegalHoldResponse from(LegalHold hold) {
        return new LegalHoldResponse(hold.id().toString(), hold.reason(), hold.placedBy().toString(),
                hold.placedAt().toString(), hold.isActive(),
                hold.released().map(release -> release.by().toString()).orElse(null),
                hold.released().map(release -> release.at().toString()).orElse(null));
    }
}
