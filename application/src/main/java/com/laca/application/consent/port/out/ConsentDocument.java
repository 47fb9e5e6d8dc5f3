package com.laca.application.consent.port.out;

import com.laca.domain.consent.DocumentDigest;
import java.util.Objects;

/**
 * Where a signed consent's archived document is kept and the SHA-256 recorded when it was stored, so a verification
 * compares today's bytes with the digest taken then.
 *
 * @param key       where the store keeps it
 * @param digest    the SHA-256 of the bytes stored
 * @param mediaType e.g. {@code application/pdf}
 */
public record ConsentDocument(DocumentKey key, DocumentDigest digest, String mediaType) {

    public ConsentDocument {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(digest, "digest");
        Objects.requireNonNull(mediaType, "mediaType");
    }
}
