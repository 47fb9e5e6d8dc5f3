package com.laca.application.notification.port.out;

import com.laca.domain.shared.ClientId;
import com.laca.domain.shared.TenantId;
import java.net.URI;
import java.util.Optional;

/**
 * Makes and reads the signed links that let a client stop a clinic's marketing without signing in (PECR regulation
 * 22 wants a simple way to refuse in every marketing message); the signature, not a stored token, proves the link
 * was made here, so a link keeps working for as long as the signing key does.
 */
public interface UnsubscribeLinks {

    /** No links: nothing marketing can be queued (the embedders and tests that send none). */
    UnsubscribeLinks NONE = new UnsubscribeLinks() {
        @Override
        public Optional<URI> linkFor(TenantId tenant, ClientId client) {
            return Optional.empty();
        }

        @Override
        public Optional<Subscriber> read(String token) {
            return Optional.empty();
        }
    };

    /** The link that stops the clinic's marketing to the client, or empty where links are not made. */
    Optional<URI> linkFor(TenantId tenant, ClientId client);

    /** Who the token of a link was made for, or empty when it was not made here (forged, altered, cut short). */
    Optional<Subscriber> read(String token);
}
