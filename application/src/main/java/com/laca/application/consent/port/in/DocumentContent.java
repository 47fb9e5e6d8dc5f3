package com.laca.application.consent.port.in;

import java.util.Objects;

/** The exact archived bytes of a signed consent, as served to staff. */
public record DocumentContent(byte[] content, String mediaType) {

    public DocumentContent {
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(mediaType, "mediaType");
    }

    @Override
    public String toString() {
        return "DocumentContent[" + mediaType + ", " + content.length + " bytes]";
    }
}
