package com.laca.domain.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.laca.domain.shared.ClientId;
import com.laca.domain.shared.UserId;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Every read of clinical content, and every export, leaves an entry saying who, what, when and why")
class AccessAuditEntryTest {

    private static final UserId NURSE = UserId.random();
    private static final ClientId CLIENT = ClientId.random();
    private static final Instant AT = Instant.parse("2026-06-10T09:00:00Z");

    @Test
    @DisplayName("A read names the record read by kind and id, with the reason")
    void read() {
        UUID record = UUID.randomUUID();

        AccessAuditEntry entry = AccessAuditEntry.read(AuditEntryId.random(), NURSE, CLIENT,
                AccessedRecord.TREATMENT_RECORD, record, AccessReason.DIRECT_CARE, AT);

        assertThat(entry.recordId()).contains(record);
        assertThat(entry.reason().description()).isEqualTo("treating or preparing to treat the client");
    }

    @Test
    @DisplayName("An export covers the whole record and names no single record")
    void export() {
        AccessAuditEntry entry = AccessAuditEntry.export(AuditEntryId.random(), NURSE, CLIENT,
                AccessReason.SUBJECT_ACCESS_REQUEST, AT);

        assertThat(entry.accessed()).isEqualTo(AccessedRecord.EXPORT);
        assertThat(entry.recordId()).isEmpty();
        assertThatThrownBy(() -> new AccessAuditEntry(AuditEntryId.random(), NURSE, CLIENT, AccessedRecord.EXPORT,
                Optional.of(UUID.randomUUID()), AccessReason.SUBJECT_ACCESS_REQUEST, AT))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AccessAuditEntry(AuditEntryId.random(), NURSE, CLIENT, AccessedRecord.PHOTO,
                Optional.empty(), AccessReason.DIRECT_CARE, AT)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("An entry carries no clinical content: only ids, the kind, the reason and the time")
    void noContent() {
        assertThat(AccessAuditEntry.class.getRecordComponents())
                .extracting(component -> component.getType().getSimpleName())
                .containsExactly("AuditEntryId", "UserId", "ClientId", "AccessedRecord", "Optional", "AccessReason",
                        "Instant");
    }
}
