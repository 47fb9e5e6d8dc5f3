package com.laca.application.consent.port.out;

import com.laca.domain.consent.DocumentDigest;
import java.util.Objects;

/**
 * A rendered document's bytes with their digest computed once, so what is stored, hashed and served is one array.
 *
 * @param mediaType e.g. {@code application/pdf}
 */
public record RenderedDocument(byte[] content, DocumentDigest digest, String mediaType) {

    public RenderedDocument {
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(digest, "digest");
        Objects.requireNonNull(mediaType, "mediaType");
        if (digest.verify(content) != DocumentDigest.Integrity.INTACT) {
            throw new IllegalArgumentException("the digest is not the digest of the content");
        }
    }

    /** The bytes and their freshly computed digest. */
    public static RenderedDocument of(byte[] content, String mediaType) {
        return new RenderedDocument(content, DocumentDigest.of(content), mediaType);
    }

    @Override
    public String toString() {
        return "RenderedDocument[" + mediaType + ", " + content.length + " bytes, sha256 " + digest.hex() + "]";
    }
}
