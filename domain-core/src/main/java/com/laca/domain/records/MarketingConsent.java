package com.laca.domain.records;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The client's marketing permissions, separate from treatment consent and from each other (UK GDPR Art. 7 and 9:
 * specific, recorded, withdrawable): marketing messages, and use of their clinical photos in marketing.
 *
 * @param messagesSince when the client agreed to marketing messages; empty if they have not (or withdrew)
 * @param photosSince   when the client agreed to their photos being used in marketing; empty if not
 */
public record MarketingConsent(Optional<Instant> messagesSince, Optional<Instant> photosSince) {

    /** No marketing of any kind: the default, and what an erasure request leaves. */
    public static final MarketingConsent NONE = new MarketingConsent(Optional.empty(), Optional.empty());

    public MarketingConsent {
        Objects.requireNonNull(messagesSince, "messagesSince");
        Objects.requireNonNull(photosSince, "photosSince");
    }

    public boolean allowsMessages() {
        return messagesSince.isPresent();
    }

    public boolean allowsPhotos() {
        return photosSince.isPresent();
    }

    /** Consent to marketing messages given at {@code at}. */
    public MarketingConsent withMessages(Instant at) {
        return new MarketingConsent(Optional.of(at), photosSince);
    }

    /** Consent to marketing messages withdrawn. */
    public MarketingConsent withoutMessages() {
        return new MarketingConsent(Optional.empty(), photosSince);
    }

    /** Consent to photos in marketing given at {@code at}. */
    public MarketingConsent withPhotos(Instant at) {
        return new MarketingConsent(messagesSince, Optional.of(at));
    }

    /** Consent to photos in marketing withdrawn. */
    public MarketingConsent withoutPhotos() {
        return new MarketingConsent(messagesSince, Optional.empty());
    }

    /**
     * What both records allow, dated from the later grant, so merging two records of one person never invents a
     * consent that one of them did not give.
     */
    public MarketingConsent intersect(MarketingConsent other) {
        return new MarketingConsent(later(messagesSince, other.messagesSince), later(photosSince, other.photosSince));
    }

    private static Optional<Instant> later(Optional<Instant> a, Optional<Instant> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(a.get().isAfter(b.get()) ? a.get() : b.get());
    }
}
