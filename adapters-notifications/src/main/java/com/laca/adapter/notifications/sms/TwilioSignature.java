package com.laca.adapter.notifications.sms;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Twilio's request signature, {@code X-Twilio-Signature}: the Base64 of the HMAC-SHA1, keyed with the account's auth
 * token, of the full URL Twilio called (query included) followed by every POST parameter's name and value, sorted by
 * name (and, for a repeated name, by value), with no separators.
 */
final class TwilioSignature {

    private static final String HMAC_SHA1 = "HmacSHA1";

    private final SecretKeySpec key;

    TwilioSignature(String authToken) {
        Objects.requireNonNull(authToken, "authToken");
        this.key = new SecretKeySpec(authToken.getBytes(StandardCharsets.UTF_8), HMAC_SHA1);
    }

    /** The signature Twilio computes for this request. */
    String sign(String url, Map<String, List<String>> params) {
        StringBuilder data = new StringBuilder(url);
        params.keySet().stream().sorted().forEach(name -> {
            List<String> values = new ArrayList<>(params.get(name));
            values.sort(null);
            values.forEach(value -> data.append(name).append(value));
        });
        try {
            Mac mac = Mac.getInstance(HMAC_SHA1);
            mac.init(key);
            return Base64.getEncoder().encodeToString(mac.doFinal(data.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HMAC-SHA1 is not available", e);
        }
    }

    /** Whether {@code signature} is the one Twilio computes, compared in constant time. */
    boolean matches(String signature, String url, Map<String, List<String>> params) {
        byte[] expected = sign(url, params).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, signature.strip().getBytes(StandardCharsets.US_ASCII));
    }
}
