package com.laca.adapter.persistence.payment;

import com.laca.adapter.persistence.support.Columns;
import com.laca.adapter.persistence.support.TenantOwnedJpaEntity;
import com.laca.domain.payment.LedgerEntry;
import com.laca.domain.payment.LedgerEntryId;
import com.laca.domain.payment.LedgerEntryKind;
import com.laca.domain.payment.PaymentReference;
import com.laca.domain.shared.AppointmentId;
import com.laca.domain.shared.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A row of {@code payment_ledger_entries}: inserted once, never updated (the database role may not). */
@Entity
@Table(name = "payment_ledger_entries")
class PaymentLedgerEntryJpaEntity extends TenantOwnedJpaEntity {

    @Id
    @Column(name = "id", length = 36)
    private String id;
    @Column(name = "appointment_id")
    private String appointmentId;
    @Column(name = "position")
    private int position;
    @Column(name = "kind")
    private String kind;
    @Column(name = "amount_minor")
    private long amountMinor;
    @Column(name = "currency")
    private String currency;
    @Column(name = "recorded_at")
    private OffsetDateTime recordedAt;
    @Column(name = "reference")
    private String reference;
    @Column(name = "reason")
    private String reason;

    protected PaymentLedgerEntryJpaEntity() {
    }

    PaymentLedgerEntryJpaEntity(AppointmentId appointment, int position, LedgerEntry entry) {
        this.id = entry.id().toString();
        this.appointmentId = appointment.toString();
        this.position = position;
        this.kind = entry.kind().name();
        this.amountMinor = entry.amount().minorUnits();
        this.currency = entry.amount().currency();
        this.recordedAt = Columns.timestamp(entry.at());
        this.reference = entry.reference().value();
        this.reason = entry.reason();
    }

    String appointmentId() {
        return appointmentId;
    }

    LedgerEntry toDomain() {
        return new LedgerEntry(new LedgerEntryId(UUID.fromString(id)), LedgerEntryKind.valueOf(kind),
                Money.of(amountMinor, currency), Columns.instant(recordedAt), PaymentReference.of(reference), reason);
    }
}
