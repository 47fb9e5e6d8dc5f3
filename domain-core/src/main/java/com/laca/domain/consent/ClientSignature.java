package com.laca.domain.consent;

import java.time.Instant;
import java.util.Objects;

/**
 * The client's signature with the circumstances that make it evidence: typed name, drawn image, time, network
 * address, browser and the template version signed.
 *
 * @param typedName       the name the client typed
 * @param image           the drawn signature
 * @param signedAt        when
 * @param ipAddress       the address the signature came from
 * @param userAgent       the browser that sent it (cut to 500 characters)
 * @param templateVersion the template version signed
 */
public record ClientSignature(String typedName, SignatureImage image, Instant signedAt, String ipAddress,
                              String userAgent, int templateVersion) {

    public ClientSignature {
        Objects.requireNonNull(typedName, "typedName");
        Objects.requireNonNull(image, "image");
        Objects.requireNonNull(signedAt, "signedAt");
        Objects.requireNonNull(ipAddress, "ipAddress");
        if (ipAddress.isBlank() || ipAddress.length() > 45) {
            throw new IllegalArgumentException("ipAddress must be an IPv4 or IPv6 address");
        }
        userAgent = userAgent == null ? "" : userAgent.length() > 500 ? userAgent.substring(0, 500) : userAgent;
    }
}
