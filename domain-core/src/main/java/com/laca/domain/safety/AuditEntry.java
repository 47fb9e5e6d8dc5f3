package com.laca.domain.safety;

import com.laca.domain.shared.TenantId;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * One entry of a tenant's append-only clinical audit log; each carries the previous entry's hash and its own, so
 * changing, removing or inserting any entry breaks the chain from that point on and the verifier names it.
 *
 * <p>The hash is SHA-256 over a length-prefixed encoding of every field (details sorted by key), so no two different
 * entries can encode to the same bytes. Details hold codes and ids (outcome, rule-set version, template version),
 * never answers or free text.
 *
 * @param sequence     1, 2, 3 … per tenant
 * @param tenant       whose log
 * @param at           when the event happened
 * @param type         what happened
 * @param subject      what it concerns, e.g. {@code client:<uuid>} or {@code appointment:<uuid>}
 * @param actor        who did it, e.g. {@code user:<uuid>}, {@code client:<uuid>} or {@code system}
 * @param details      codes and ids that describe it
 * @param previousHash the previous entry's hash; 64 zeros for the first
 * @param hash         this entry's hash
 */
public record AuditEntry(long sequence, TenantId tenant, Instant at, AuditEventType type, String subject, String actor,
                         Map<String, String> details, String previousHash, String hash) {

    /** The previous hash of a tenant's first entry. */
    public static final String GENESIS = "0".repeat(64);
    private static final Pattern HASH = Pattern.compile("[0-9a-f]{64}");

    public AuditEntry {
        if (sequence < 1) {
            throw new IllegalArgumentException("audit sequence starts at 1");
        }
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(type, "type");
        requireText(subject, "subject");
        requireText(actor, "actor");
        details = Map.copyOf(new TreeMap<>(Objects.requireNonNull(details, "details")));
        Objects.requireNonNull(previousHash, "previousHash");
        Objects.requireNonNull(hash, "hash");
        if (!HASH.matcher(previousHash).matches() || !HASH.matcher(hash).matches()) {
            throw new IllegalArgumentException("audit hashes are 64 lower-case hexadecimal digits");
        }
    }

    /** The first entry of a tenant's log. */
    public static AuditEntry first(TenantId tenant, Instant at, AuditEventType type, String subject, String actor,
                                   Map<String, String> details) {
        return sealed(1, tenant, at, type, subject, actor, details, GENESIS);
    }

    /** The entry that follows this one; same tenant, next sequence, chained to this entry's hash. */
    public AuditEntry next(Instant at, AuditEventType type, String subject, String actor, Map<String, String> details) {
        return sealed(sequence + 1, tenant, at, type, subject, actor, details, hash);
    }

    /** The hash these fields should have; the verifier compares it with the stored one. */
    public String computeHash() {
        return hashOf(sequence, tenant, at, type, subject, actor, details, previousHash);
    }

    private static AuditEntry sealed(long sequence, TenantId tenant, Instant at, AuditEventType type, String subject,
                                     String actor, Map<String, String> details, String previousHash) {
        Map<String, String> sorted = new TreeMap<>(details);
        return new AuditEntry(sequence, tenant, at, type, subject, actor, sorted, previousHash,
                hashOf(sequence, tenant, at, type, subject, actor, sorted, previousHash));
    }

    private static String hashOf(long sequence, TenantId tenant, Instant at, AuditEventType type, String subject,
                                 String actor, Map<String, String> details, String previousHash) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256);
        out.writeBytes(ByteBuffer.allocate(Long.BYTES).putLong(sequence).array());
        field(out, tenant.toString());
        out.writeBytes(ByteBuffer.allocate(Long.BYTES + Integer.BYTES).putLong(at.getEpochSecond())
                .putInt(at.getNano()).array());
        field(out, type.name());
        field(out, subject);
        field(out, actor);
        out.writeBytes(ByteBuffer.allocate(Integer.BYTES).putInt(details.size()).array());
        new TreeMap<>(details).forEach((key, value) -> {
            field(out, key);
            field(out, value);
        });
        field(out, previousHash);
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(out.toByteArray()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform provides SHA-256", e);
        }
    }

    private static void field(ByteArrayOutputStream out, String value) {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        out.writeBytes(ByteBuffer.allocate(Integer.BYTES).putInt(bytes.length).array());
        out.writeBytes(bytes);
    }

    private static void requireText(String value, String field) {
        if (value == null || value.isBlank() || value.length() > 200) {
            throw new IllegalArgumentException(field + " must be 1-200 characters");
        }
    }
}
