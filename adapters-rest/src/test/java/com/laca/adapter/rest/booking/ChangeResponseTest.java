package com.laca.adapter.rest.booking;

import static org.assertj.core.api.Assertions.assertThat;

import com.laca.application.booking.port.in.AppointmentView;
import com.laca.application.booking.port.in.TransitionOutcome;
import com.laca.domain.booking.AppointmentStatus;
import com.laca.domain.booking.CancellationOutcome;
import com.laca.domain.booking.ClientTerms;
import com.laca.domain.payment.DepositStatus;
import com.laca.domain.shared.AppointmentId;
import com.laca.domain.shared.ClientId;
import com.laca.domain.shared.LocationId;
import com.laca.domain.shared.Money;
import com.laca.domain.shared.PractitionerId;
import com.laca.domain.shared.TreatmentId;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ChangeResponseTest {

    private static final Instant START = Instant.parse("2026-12-02T10:00:00Z");

    @Test
    @DisplayName("a late cancellation of a booking that asked for no deposit says nothing about a deposit kept")
    void noDepositNothingKept() {
        ChangeResponse answer = ChangeResponse.from(lateCancellation(Money.of(0, "GBP"), Optional.empty()));

        assertThat(answer.cancellation()).isEqualTo("LATE_CANCELLATION");
        assertThat(answer.deposit()).isNull();
    }

    @Test
    @DisplayName("a late cancellation of a booking with a deposit says it is kept, to the client and to the desk")
    void depositKept() {
        assertThat(ChangeResponse.from(lateCancellation(Money.of(5_000, "GBP"), Optional.empty())).deposit())
                .isEqualTo("FORFEIT");
        assertThat(ChangeResponse.forStaff(lateCancellation(Money.of(5_000, "GBP"), Optional.of(DepositStatus.PAID)))
                .deposit()).isEqualTo("FORFEIT");
    }

    @Test
    @DisplayName("the desk's answer goes by the ledger: no deposit recorded, no deposit outcome")
    void ledgerWithoutDeposit() {
        assertThat(ChangeResponse.forStaff(lateCancellation(Money.of(5_000, "GBP"), Optional.of(DepositStatus.NONE)))
                .deposit()).isNull();
    }

    private static TransitionOutcome.Changed lateCancellation(Money deposit, Optional<DepositStatus> ledger) {
        ClientTerms terms = new ClientTerms(Money.of(20_000, "GBP"), deposit, START.minusSeconds(172_800),
                ZoneId.of("Europe/London"));
        AppointmentView view = new AppointmentView(AppointmentId.random(), TreatmentId.random(), "Peel",
                LocationId.random(), PractitionerId.random(), "Ana Nurse", List.of(), ClientId.random(), "Cara Client",
                START, START.plusSeconds(1_800), ZoneOffset.UTC, AppointmentStatus.CANCELLED, Optional.empty(), 1,
                "Harley Street", List.of(), "07700 900123", Optional.empty(), List.of(), ledger, terms);
        return new TransitionOutcome.Changed(view, Optional.of(CancellationOutcome.LATE_CANCELLATION));
    }
}
