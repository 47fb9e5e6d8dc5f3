package com.laca.domain.reporting;

import com.laca.domain.payment.LedgerEntryKind;
import com.laca.domain.shared.AppointmentId;
import com.laca.domain.shared.Money;
import java.time.Instant;
import java.util.Objects;

/**
 * One ledger entry with the start of the appointment it belongs to, which is all the owner's money view needs: what
 * moved, when it was recorded, and whether the appointment was still ahead (so its money is a deposit held).
 *
 * @param appointment      whose ledger
 * @param appointmentStart when that appointment starts
 * @param kind             what the entry records
 * @param amount           how much
 * @param at               when it was recorded
 */
public record MoneyMovement(AppointmentId appointment, Instant appointmentStart, LedgerEntryKind kind, Money amount,
                            Instant at) {

    public MoneyMovement {
        Objects.requireNonNull(appointment, "appointment");
        Objects.requireNonNull(appointmentStart, "appointmentStart");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(at, "at");
    }
}
