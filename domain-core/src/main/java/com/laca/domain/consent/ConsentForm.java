package com.laca.domain.consent;

import java.time.ZoneId;
import java.util.Objects;

/**
 * What a renderer turns into the archived consent document: the merged text and the signed record it belongs to, with
 * the zone times are printed in; it exists only for a signed record of the same template version.
 *
 * @param document the merged form the client read
 * @param record   the signed consent
 * @param zone     the location's zone, for printing times as the client saw them
 */
public record ConsentForm(MergedConsent document, ConsentRecord record, ZoneId zone) {

    public ConsentForm {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(record, "record");
        Objects.requireNonNull(zone, "zone");
        if (record.signature().isEmpty()) {
            throw new IllegalArgumentException("only a signed consent is rendered for the archive");
        }
        if (!record.template().equals(document.template()) || record.templateVersion() != document.version()) {
            throw new IllegalArgumentException("the document is not the template version the client signed");
        }
    }
}
