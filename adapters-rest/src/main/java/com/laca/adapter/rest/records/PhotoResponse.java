package com.laca.adapter.rest.records;

import com.laca.domain.records.ClinicalPhoto;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A clinical photo described (the image itself is fetched, and audited, one by one). */
@Schema(name = "ClinicalPhoto")
public record PhotoResponse(String id, String client, String appointment, String kind, String mediaType, int width,
                            int height, long sizeBytes, String sha256, String uploadedBy, String uploadedAt) {

    public static PhotoResponse from(ClinicalPhoto photo) {
        return new PhotoResponse(photo.id().toString(), photo.client().toString(), photo.appointment().toString(),
                photo.kind().name(), photo.format().mediaType(), photo.width(), photo.height(), photo.sizeBytes(),
                photo.sha256(), photo.uploadedBy().toString(), photo.uploadedAt().toString());
    }
}
