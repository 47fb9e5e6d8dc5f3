package com.laca.application.consent.port.in;

import com.laca.domain.consent.DocumentDigest;
import java.util.Objects;

/**
 * The answer of a document check: the digest stored when it was archived, the digest of the bytes now, and whether
 * they agree.
 */
public record DocumentVerification(DocumentDigest.Integrity integrity, DocumentDigest stored, DocumentDigest actual) {

    public DocumentVerification {
        Objects.requireNonNull(integrity, "integrity");
        Objects.requireNonNull(stored, "stored");
        Objects.requireNonNull(actual, "actual");
    }
}
