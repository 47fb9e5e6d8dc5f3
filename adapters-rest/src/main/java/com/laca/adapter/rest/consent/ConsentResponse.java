package com.laca.adapter.rest.consent;

import com.laca.application.consent.port.in.ConsentView;
import com.laca.domain.consent.ConsentRecord;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A booking's consent: the merged form and where it stands. The client's view leaves out the evidence fields (IP
 * address, browser, countersignature, document); staff see them all, never the signature image itself.
 */
@Schema(name = "Consent")
public record ConsentResponse(String appointment, String consentId, String category, int templateVersion,
                              String title, List<BlockJson> blocks, String informationGivenAt, String status,
                              String signedAt, String typedName, Boolean clinicalPhotos, Boolean marketingPhotos,
                              String ipAddress, String userAgent, String countersignedBy, String countersignerName,
                              String countersignCapacity, String countersignedAt, String documentName,
                              String documentSha256) {

    static ConsentResponse forClient(ConsentView view) {
        ConsentRecord record = view.record();
        return new ConsentResponse(view.appointment().toString(), record.id().toString(), record.category().name(),
                record.templateVersion(), view.form().title(), view.form().blocks().stream().map(BlockJson::from)
                .toList(), record.informationGivenAt().toString(), status(record),
                record.signature().map(s -> s.signedAt().toString()).orElse(null),
                record.signature().map(s -> s.typedName()).orElse(null),
                record.photos().map(p -> p.clinicalRecords()).orElse(null),
                record.photos().map(p -> p.marketing()).orElse(null),
                null, null, null, null, null, null, null, null);
    }

    static ConsentResponse forStaff(ConsentView view) {
        ConsentResponse client = forClient(view);
        ConsentRecord record = view.record();
        return new ConsentResponse(client.appointment(), client.consentId(), client.category(),
                client.templateVersion(), client.title(), client.blocks(), client.informationGivenAt(),
                client.status(), client.signedAt(), client.typedName(), client.clinicalPhotos(),
                client.marketingPhotos(),
                record.signature().map(s -> s.ipAddress()).orElse(null),
                record.signature().map(s -> s.userAgent()).orElse(null),
                record.countersignature().map(c -> c.practitioner().toString()).orElse(null),
                record.countersignature().map(c -> c.name()).orElse(null),
                record.countersignature().map(c -> c.capacity().name()).orElse(null),
                record.countersignature().map(c -> c.at().toString()).orElse(null),
                view.document().map(d -> d.name()).orElse(null),
                view.document().map(d -> d.digest().hex()).orElse(null));
    }

    private static String status(ConsentRecord record) {
        if (record.withdrawnAt().isPresent()) {
            return "WITHDRAWN";
        }
        if (record.countersignature().isPresent()) {
            return "COUNTERSIGNED";
        }
        return record.signature().isPresent() ? "SIGNED" : "INFORMATION_GIVEN";
    }
}
