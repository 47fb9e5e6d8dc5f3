package com.laca.domain.safety;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Walks a tenant's audit log from the first entry and names the first one that breaks the chain, so tampering with
 * the clinical record is detected and located rather than merely suspected.
 */
public final class AuditChainVerifier {

    /** Verifies entries in sequence order, from sequence 1. */
    public ChainVerification verify(List<AuditEntry> entries) {
        return verify(entries, Optional.empty());
    }

    /**
     * Verifies entries and, when given, that the last one is the head the log recorded separately, so entries cut
     * from the end are detected too.
     */
    public ChainVerification verify(List<AuditEntry> entries, Optional<String> expectedHeadHash) {
        Objects.requireNonNull(entries, "entries");
        String previous = AuditEntry.GENESIS;
        AuditEntry first = entries.isEmpty() ? null : entries.get(0);
        for (int i = 0; i < entries.size(); i++) {
            AuditEntry entry = entries.get(i);
            if (entry.sequence() != i + 1) {
                return broken(entry.sequence(), ChainVerification.Break.SEQUENCE_GAP,
                        "expected sequence " + (i + 1) + " but found " + entry.sequence());
            }
            if (!entry.tenant().equals(first.tenant())) {
                return broken(entry.sequence(), ChainVerification.Break.FOREIGN_ENTRY, "entry of another tenant");
            }
            if (!entry.previousHash().equals(previous)) {
                return broken(entry.sequence(), ChainVerification.Break.PREVIOUS_HASH_MISMATCH,
                        "does not point at the hash of entry " + (entry.sequence() - 1));
            }
            if (!entry.computeHash().equals(entry.hash())) {
                return broken(entry.sequence(), ChainVerification.Break.CONTENT_ALTERED,
                        "its content does not match its hash");
            }
            previous = entry.hash();
        }
        if (expectedHeadHash.isPresent() && !expectedHeadHash.get().equals(previous)) {
            return broken(entries.size() + 1L, ChainVerification.Break.TRUNCATED,
                    "the log ends before the recorded head");
        }
        return new ChainVerification.Intact(entries.size(), previous);
    }

    private static ChainVerification broken(long sequence, ChainVerification.Break reason, String message) {
        return new ChainVerification.Broken(sequence, reason, "Entry " + sequence + ": " + message + ".");
    }

    /** The verifier's answer. */
    public sealed interface ChainVerification {

        /** Every entry is where it should be and unaltered. */
        record Intact(int entries, String headHash) implements ChainVerification {
        }

        /** The first broken entry, why, and a sentence saying so. */
        record Broken(long sequence, Break reason, String message) implements ChainVerification {
        }

        /** How a chain can break. */
        enum Break {
            /** An entry is missing or out of order. */
            SEQUENCE_GAP,
            /** An entry of another tenant is in the chain. */
            FOREIGN_ENTRY,
            /** An entry does not point at its predecessor's hash (one was removed, inserted or rewritten). */
            PREVIOUS_HASH_MISMATCH,
            /** An entry's fields were changed after it was written. */
            CONTENT_ALTERED,
            /** Entries were cut from the end. */
            TRUNCATED
        }
    }
}
