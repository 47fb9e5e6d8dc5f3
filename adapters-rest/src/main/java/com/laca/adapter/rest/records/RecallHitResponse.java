package com.laca.adapter.rest.records;

import com.laca.domain.records.RecallQuery;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One client who received a recalled batch, with where the record of it is. */
@Schema(name = "RecallHit")
public record RecallHitResponse(String client, String appointment, String entry, String treatedOn, String product,
                                String manufacturer, String lot) {

    public static RecallHitResponse from(RecallQuery.RecallHit hit) {
        return new RecallHitResponse(hit.client().toString(), hit.appointment().toString(), hit.entry().toString(),
                hit.treatedOn().toString(), hit.product().product(), hit.product().manufacturer(),
                hit.product().lot().value());
    }
}
