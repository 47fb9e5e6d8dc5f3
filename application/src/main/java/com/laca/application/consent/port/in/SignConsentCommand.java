package com.laca.application.consent.port.in;

import java.util.Objects;

/**
 * The client's signature as sent from the pre-visit page.
 *
 * @param templateVersion the version the page showed
 * @param typedName       the name typed
 * @param signatureImage  the drawn signature's bytes (PNG)
 * @param clinicalPhotos  the answer about photographs for the clinical record ({@code null} when unanswered)
 * @param marketingPhotos the answer about photographs for marketing ({@code null} when unanswered)
 * @param ipAddress       where the request came from
 * @param userAgent       the browser that sent it
 */
public record SignConsentCommand(int templateVersion, String typedName, byte[] signatureImage, Boolean clinicalPhotos,
                                 Boolean marketingPhotos, String ipAddress, String userAgent) {

    public SignConsentCommand {
        Objects.requireNonNull(signatureImage, "signatureImage");
        Objects.requireNonNull(ipAddress, "ipAddress");
    }

    @Override
    public String toString() {
        return "SignConsentCommand[version " + templateVersion + ", " + signatureImage.length + " image bytes]";
    }
}
