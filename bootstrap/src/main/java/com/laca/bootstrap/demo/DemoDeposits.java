package com.laca.bootstrap.demo;

import com.laca.application.clinic.port.in.DepositDraft;
import com.laca.application.clinic.port.in.ManageTreatmentsUseCase;
import com.laca.application.clinic.port.in.TreatmentDraft;
import com.laca.application.shared.Caller;
import com.laca.application.shared.PageRequest;
import com.laca.domain.clinic.Treatment;
import com.laca.domain.identity.Role;
import com.laca.domain.shared.UserId;
import com.laca.domain.tenancy.Tenant;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Gives the demo clinic's treatments the deposits a UK clinic asks (a fixed sum for toxin, peel and laser, a share
 * with a floor for filler, none for a consultation), so the desk's day (deposit due, paid, refunded, kept) can be
 * tried on the embedded default without setting anything up; applied after the other demo data is seeded.
 */
final class DemoDeposits {

    /** The deposit per demo treatment name; treatments not named ask for none. */
    static final Map<String, DepositDraft> DEPOSITS = Map.of(
            "Anti-wrinkle toxin, three areas", DepositDraft.fixed(5_000),
            "Dermal filler, lips (1 ml)", DepositDraft.percentage(2_000, OptionalLong.of(5_000), OptionalLong.empty()),
            "Chemical peel, medium depth", DepositDraft.fixed(3_000),
            "Laser hair removal, underarms", DepositDraft.fixed(2_000));

    private final ManageTreatmentsUseCase treatments;

    DemoDeposits(ManageTreatmentsUseCase treatments) {
        this.treatments = treatments;
    }

    /** Sets the deposits on the clinic's demo treatments that still ask for none. */
    void seed(Tenant clinic) {
        Caller owner = new Caller(UserId.random(), clinic.id(), Set.of(Role.OWNER));
        for (Treatment t : treatments.list(owner, new PageRequest(0, PageRequest.MAX_SIZE)).items()) {
            DepositDraft deposit = DEPOSITS.get(t.name());
            if (deposit != null && t.deposit().isZero()) {
                treatments.update(owner, t.id(), t.version(), new TreatmentDraft(t.name(), t.category(),
                        t.description(), t.duration(), t.bufferBefore(), t.bufferAfter(), t.price().minorUnits(),
                        t.requiredQualification(), t.requiredResourceTypes(), t.bookingWindow(), deposit, t.active()));
            }
        }
    }
}
