package com.laca.application.booking.service;

import com.laca.application.booking.port.in.AppointmentView;
import com.laca.application.booking.port.out.DeskRecordRepository;
import com.laca.application.payment.port.out.PaymentLedgerRepository;
import com.laca.domain.booking.AppointmentNote;
import com.laca.domain.booking.CancellationRecord;
import com.laca.domain.payment.DepositStatus;
import com.laca.domain.shared.AppointmentId;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Adds to calendar views what only staff see (who cancelled and why, the notes, the deposit's status), read in one
 * pass per call so a busy day costs a fixed number of queries however many appointments it has; runs inside the
 * tenant's transaction.
 */
final class DeskDetails {

    private final DeskRecordRepository records;
    private final Optional<PaymentLedgerRepository> ledgers;

    DeskDetails(DeskRecordRepository records, Optional<PaymentLedgerRepository> ledgers) {
        this.records = Objects.requireNonNull(records, "records");
        this.ledgers = Objects.requireNonNull(ledgers, "ledgers");
    }

    DeskRecordRepository records() {
        return records;
    }

    AppointmentView of(AppointmentView view) {
        return of(List.of(view)).get(0);
    }

    /** The same views, in the same order, with the desk's details. */
    List<AppointmentView> of(List<AppointmentView> views) {
        List<AppointmentId> ids = views.stream().map(AppointmentView::id).toList();
        Map<AppointmentId, CancellationRecord> cancellations = records.cancellations(ids);
        Map<AppointmentId, List<AppointmentNote>> notes = records.notes(ids).stream()
                .collect(Collectors.groupingBy(AppointmentNote::appointment));
        Map<AppointmentId, PaymentLedgerRepository.LockedLedger> ledgerById =
                ledgers.map(repository -> repository.findAll(ids)).orElse(Map.of());
        return views.stream().map(view -> view.withDeskDetails(Optional.ofNullable(cancellations.get(view.id())),
                notes.getOrDefault(view.id(), List.of()), Optional.ofNullable(ledgerById.get(view.id()))
                        .map(locked -> DepositStatus.of(locked.ledger())).orElse(DepositStatus.NONE))).toList();
    }
}
