package com.laca.adapter.persistence.safety;

import com.laca.adapter.persistence.support.Columns;
import com.laca.adapter.persistence.support.TenantOwnedJpaEntity;
import com.laca.domain.safety.AuditEntry;
import com.laca.domain.safety.AuditEventType;
import com.laca.domain.shared.TenantId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * A row of {@code clinical_audit_log}, inserted once and never changed; the instant is kept as a timestamp plus its
 * nanoseconds, because the entry's hash covers the exact instant and a timestamp column keeps microseconds only.
 */
@Entity
@Table(name = "clinical_audit_log")
class AuditEntryJpaEntity extends TenantOwnedJpaEntity {

    @Id
    @Column(name = "sequence_no")
    private long sequence;
    @Column(name = "occurred_at")
    private OffsetDateTime occurredAt;
    @Column(name = "nanos")
    private int nanos;
    @Column(name = "event_type")
    private String eventType;
    @Column(name = "subject")
    private String subject;
    @Column(name = "actor")
    private String actor;
    @Column(name = "details", length = 4000)
    private String details;
    @Column(name = "previous_hash", length = 64)
    private String previousHash;
    @Column(name = "entry_hash", length = 64)
    private String entryHash;

    protected AuditEntryJpaEntity() {
    }

    AuditEntryJpaEntity(AuditEntry entry) {
        sequence = entry.sequence();
        occurredAt = Columns.timestamp(Instant.ofEpochSecond(entry.at().getEpochSecond()));
        nanos = entry.at().getNano();
        eventType = entry.type().name();
        subject = entry.subject();
        actor = entry.actor();
        details = new TreeMap<>(entry.details()).entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue())).collect(Collectors.joining("&"));
        previousHash = entry.previousHash();
        entryHash = entry.hash();
    }

    long sequence() {
        return sequence;
    }

    AuditEntry toDomain(TenantId tenant) {
        Map<String, String> parsed = details.isEmpty() ? Map.of() : Arrays.stream(details.split("&"))
                .map(pair -> pair.split("=", 2))
                .collect(Collectors.toMap(kv -> decode(kv[0]), kv -> decode(kv[1])));
        return new AuditEntry(sequence, tenant, Instant.ofEpochSecond(Columns.instant(occurredAt).getEpochSecond(),
                nanos), AuditEventType.valueOf(eventType), subject, actor, parsed, previousHash, entryHash);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }
}
