package com.laca.application.clinic.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import com.laca.domain.clinic.BookingWindow;
import com.laca.domain.clinic.Qualification;
import com.laca.domain.clinic.ResourceType;
import com.laca.domain.clinic.Treatment;
import com.laca.domain.clinic.TreatmentCategory;
import com.laca.domain.payment.DepositPolicy;
import com.laca.domain.shared.Money;
import com.laca.domain.shared.TreatmentId;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The {@link TreatmentRepository} contract: the generic one, plus the public menu of active treatments. */
public abstract class TreatmentRepositoryContract extends ClinicRecordRepositoryContract<Treatment, TreatmentId> {

    @Override
    protected ClinicRecordRepository<Treatment, TreatmentId> repository() {
        return ports.treatments();
    }

    @Override
    protected Treatment newRecord(String name) {
        return treatment(name, TreatmentCategory.ANTI_WRINKLE, true);
    }

    /** Changes every field, and clears the optional ones, so empty values round-trip too. */
    @Override
    protected Treatment changed(Treatment t) {
        return new Treatment(t.id(), t.name() + " (new)", TreatmentCategory.CHEMICAL_PEEL, null,
                Duration.ofMinutes(45), Duration.ZERO, Duration.ofMinutes(5), Money.of(9_950, "GBP"), null, Set.of(),
                new BookingWindow(Duration.ofMinutes(30), Duration.ZERO, Duration.ofDays(30)),
                DepositPolicy.percentage(2_500).withMinimum(Money.of(1_000, "GBP")).withMaximum(Money.of(5_000, "GBP")),
                false, t.version());
    }

    @Override
    protected TreatmentId idOf(Treatment record) {
        return record.id();
    }

    @Override
    protected long versionOf(Treatment record) {
        return record.version();
    }

    @Override
    protected Treatment atVersion(Treatment t, long version) {
        return new Treatment(t.id(), t.name(), t.category(), t.description(), t.duration(), t.bufferBefore(),
                t.bufferAfter(), t.price(), t.requiredQualification(), t.requiredResourceTypes(), t.bookingWindow(),
                t.depositPolicy(), t.active(), version);
    }

    private static Treatment treatment(String name, TreatmentCategory category, boolean active) {
        return new Treatment(TreatmentId.random(), name, category, "Softens lines; results in 2 weeks.",
                Duration.ofMinutes(30), Duration.ofMinutes(10), Duration.ofMinutes(15), Money.of(25_000, "GBP"),
                Qualification.PRESCRIBER, Set.of(new ResourceType("TREATMENT_ROOM"), new ResourceType("LASER")),
                new BookingWindow(Duration.ofMinutes(15), Duration.ofHours(24), Duration.ofDays(90)),
                DepositPolicy.fixed(Money.of(5_000, "GBP")), active, 0);
    }

    @Test
    @DisplayName("the public menu lists only active treatments, by category and then name")
    void activeMenu() {
        Treatment peel = treatment("Glow peel", TreatmentCategory.CHEMICAL_PEEL, true);
        Treatment toxinB = treatment("Toxin, two areas", TreatmentCategory.ANTI_WRINKLE, true);
        Treatment toxinA = treatment("Toxin, one area", TreatmentCategory.ANTI_WRINKLE, true);
        Treatment retired = treatment("Old laser", TreatmentCategory.LASER, false);
        doInA(() -> Set.of(peel, toxinB, toxinA, retired).forEach(ports.treatments()::insert));

        assertThat(inA(() -> ports.treatments().listActive())).containsExactly(toxinA, toxinB, peel);
        assertThat(inB(() -> ports.treatments().listActive())).isEmpty();
    }
}
