package com.laca.application.consent.port.in;

import com.laca.domain.consent.DocumentDigest;
import java.util.Objects;

/**
 * A signed consent's archived document as staff see it: its name in the store, the SHA-256 recorded when it was
 * stored, and its media type.
 */
public record ArchivedDocument(String name, DocumentDigest digest, String mediaType) {

    public ArchivedDocument {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(digest, "digest");
        Objects.requireNonNull(mediaType, "mediaType");
    }
}
