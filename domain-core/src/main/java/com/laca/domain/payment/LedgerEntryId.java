package com.laca.domain.payment;

import com.laca.domain.shared.AppointmentId;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.UUID;

/**
 * Identifies one ledger entry; derived from what the entry records, so recording the same fact twice yields the
 * same id and a unique key in storage catches the duplicate.
 */
public record LedgerEntryId(UUID value) {

    public LedgerEntryId {
        Objects.requireNonNull(value, "value");
    }

    /** The id of the entry of this kind and reference in this appointment's ledger; the same input, the same id. */
    public static LedgerEntryId derive(AppointmentId appointment, LedgerEntryKind kind, PaymentReference reference) {
        String name = appointment + "|" + kind + "|" + reference.value();
        return new LedgerEntryId(UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
