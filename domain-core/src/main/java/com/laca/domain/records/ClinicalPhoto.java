package com.laca.domain.records;

import com.laca.domain.shared.AppointmentId;
import com.laca.domain.shared.ClientId;
import com.laca.domain.shared.UserId;
import java.time.Instant;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A before or after photo in a client's clinical record: the stored, metadata-free image (by document key and
 * SHA-256) and what it shows. Part of the clinical record: only {@code clinical:read} may see it, and it is used in
 * marketing only with the client's separate marketing photo consent.
 *
 * @param id          the photo
 * @param client      whose
 * @param appointment the treatment chart it belongs to (by appointment, so a correction of the record never
 *                    orphans a photo)
 * @param kind        before, after or follow-up
 * @param format      JPEG or PNG, as re-encoded on upload
 * @param width       in pixels
 * @param height      in pixels
 * @param sizeBytes   the stored size
 * @param sha256      the SHA-256 of the stored bytes, hex, to show they are what was uploaded
 * @param documentKey where the document store keeps the bytes
 * @param uploadedBy  who uploaded it
 * @param uploadedAt  when
 */
public record ClinicalPhoto(PhotoId id, ClientId client, AppointmentId appointment, PhotoKind kind,
                            PhotoFormat format, int width, int height, long sizeBytes, String sha256,
                            String documentKey, UserId uploadedBy, Instant uploadedAt) {

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    public ClinicalPhoto {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(appointment, "appointment");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(format, "format");
        if (width < 1 || height < 1 || sizeBytes < 1) {
            throw new IllegalArgumentException("a photo has positive dimensions and size");
        }
        Objects.requireNonNull(sha256, "sha256");
        if (!SHA256.matcher(sha256).matches()) {
            throw new IllegalArgumentException("sha256 must be 64 lower-case hex digits");
        }
        documentKey = Texts.singleLine(documentKey, "documentKey", 500);
        Objects.requireNonNull(uploadedBy, "uploadedBy");
        Objects.requireNonNull(uploadedAt, "uploadedAt");
    }

    /** Whether this photo may be used in marketing, given the client's current marketing consent. */
    public MarketingUse marketingUse(MarketingConsent consent) {
        return consent.allowsPhotos() ? new MarketingUse.Allowed()
                : new MarketingUse.Refused("the client has not given (or has withdrawn) the separate consent to use "
                        + "their photos in marketing; clinical photo consent does not cover it");
    }
}
