package com.laca.application.notification.port.out;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A callback from the SMS provider as it arrived: the full public URL it was sent to (query included), its form
 * parameters and its signature header, because the signature covers exactly these.
 */
public record SmsCallbackRequest(URI url, Map<String, List<String>> form, Optional<String> signature) {

    public SmsCallbackRequest {
        Objects.requireNonNull(url, "url");
        form = Map.copyOf(Objects.requireNonNull(form, "form"));
        form.values().forEach(values -> Objects.requireNonNull(values, "values"));
        Objects.requireNonNull(signature, "signature");
    }

    /** Names the URL only: the form carries phone numbers. */
    @Override
    public String toString() {
        return "SmsCallbackRequest[" + url.getPath() + "]";
    }
}
