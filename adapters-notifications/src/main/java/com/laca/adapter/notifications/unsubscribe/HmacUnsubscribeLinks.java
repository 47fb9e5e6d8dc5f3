package com.laca.adapter.notifications.unsubscribe;

import com.laca.application.notification.port.out.Subscriber;
import com.laca.application.notification.port.out.UnsubscribeLinks;
import com.laca.domain.shared.ClientId;
import com.laca.domain.shared.TenantId;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Unsubscribe links {@code <base>/api/unsubscribe/<token>} whose token is the tenant and client ids and an
 * HMAC-SHA256 of them (cut to 128 bits, as RFC 2104 allows), so a link needs no table, names the clinic itself (the
 * tenant comes from the token, checked by the signature) and cannot be altered to unsubscribe someone else.
 */
public final class HmacUnsubscribeLinks implements UnsubscribeLinks {

    /** The path under the public base, before the token. */
    public static final String PATH = "/api/unsubscribe/";

    private static final String ALGORITHM = "HmacSHA256";
    private static final byte[] PURPOSE = "laca unsubscribe link v1".getBytes(StandardCharsets.US_ASCII);
    private static final int IDS = 32;
    private static final int MAC = 16;
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

    private final SecretKeySpec key;
    private final String base;

    /**
     * @param secret     at least 32 bytes known only to the servers
     * @param publicBase the server's public address, e.g. {@code https://book.example}
     */
    public HmacUnsubscribeLinks(byte[] secret, URI publicBase) {
        Objects.requireNonNull(secret, "secret");
        if (secret.length < 32) {
            throw new IllegalArgumentException("the unsubscribe link secret needs at least 32 bytes");
        }
        this.key = new SecretKeySpec(secret.clone(), ALGORITHM);
        String text = Objects.requireNonNull(publicBase, "publicBase").toString();
        this.base = text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
    }

    @Override
    public Optional<URI> linkFor(TenantId tenant, ClientId client) {
        byte[] ids = ByteBuffer.allocate(IDS).putLong(tenant.value().getMostSignificantBits())
                .putLong(tenant.value().getLeastSignificantBits()).putLong(client.value().getMostSignificantBits())
                .putLong(client.value().getLeastSignificantBits()).array();
        byte[] token = ByteBuffer.allocate(IDS + MAC).put(ids).put(mac(ids)).array();
        return Optional.of(URI.create(base + PATH + ENCODER.encodeToString(token)));
    }

    @Override
    public Optional<Subscriber> read(String token) {
        byte[] bytes;
        try {
            bytes = Base64.getUrlDecoder().decode(Objects.requireNonNull(token, "token"));
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
        if (bytes.length != IDS + MAC) {
            return Optional.empty();
        }
        byte[] ids = Arrays.copyOf(bytes, IDS);
        if (!MessageDigest.isEqual(mac(ids), Arrays.copyOfRange(bytes, IDS, IDS + MAC))) {
            return Optional.empty();
        }
        ByteBuffer read = ByteBuffer.wrap(ids);
        return Optional.of(new Subscriber(new TenantId(new UUID(read.getLong(), read.getLong())),
                new ClientId(new UUID(read.getLong(), read.getLong()))));
    }

    private byte[] mac(byte[] ids) {
        try {
            Mac hmac = Mac.getInstance(ALGORITHM);
            hmac.init(key);
            hmac.update(PURPOSE);
            return Arrays.copyOf(hmac.doFinal(ids), MAC);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is missing from this JDK", e);
        }
    }
}
