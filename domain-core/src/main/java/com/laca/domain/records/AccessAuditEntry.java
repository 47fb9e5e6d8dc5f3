package com.laca.domain.records;

import com.laca.domain.shared.ClientId;
import com.laca.domain.shared.UserId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * One read of a client's clinical record (or one export): who, what, when and why. Written in the same transaction as
 * the answer it records and never changed, so an owner can show a client or the ICO exactly who saw their data.
 *
 * <p>It names what was read by kind and id only; it never copies clinical content, so the audit is not itself a
 * second copy of the record.
 *
 * @param id       this entry
 * @param actor    the member of staff who read
 * @param client   whose record
 * @param accessed what kind of record
 * @param recordId the id of the note, treatment record, photo, screening or consent read; empty for an export
 * @param reason   why
 * @param at       when
 */
public record AccessAuditEntry(AuditEntryId id, UserId actor, ClientId client, AccessedRecord accessed,
                               Optional<UUID> recordId, AccessReason reason, Instant at) {

    public AccessAuditEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(accessed, "accessed");
        Objects.requireNonNull(recordId, "recordId");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(at, "at");
        if ((accessed == AccessedRecord.EXPORT) == recordId.isPresent()) {
            throw new IllegalArgumentException(accessed == AccessedRecord.EXPORT
                    ? "an export covers the whole record and names no single record"
                    : "a read of a " + accessed + " names the record read");
        }
    }

    /** The read of one clinical record. */
    public static AccessAuditEntry read(AuditEntryId id, UserId actor, ClientId client, AccessedRecord accessed,
                                        UUID recordId, AccessReason reason, Instant at) {
        return new AccessAuditEntry(id, actor, client, accessed, Optional.of(recordId), reason, at);
    }

    /** A subject-access export of everything held about the client. */
    public static AccessAuditEntry export(AuditEntryId id, UserId actor, ClientId client, AccessReason reason,
                                          Instant at) {
        return new AccessAuditEntry(id, actor, client, AccessedRecord.EXPORT, Optional.empty(), reason, at);
    }
}
