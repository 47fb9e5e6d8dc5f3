package com.laca.application.records.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.laca.application.shared.ConflictException;
import com.laca.application.shared.PersistenceContract;
import com.laca.domain.booking.AppointmentStatus;
import com.laca.domain.booking.Client;
import com.laca.domain.clinic.TreatmentCategory;
import com.laca.domain.records.Dose;
import com.laca.domain.records.DoseUnit;
import com.laca.domain.records.FollowUp;
import com.laca.domain.records.InjectionSite;
import com.laca.domain.records.LotNumber;
import com.laca.domain.records.ProductUse;
import com.laca.domain.records.Side;
import com.laca.domain.records.SigningResult;
import com.laca.domain.records.SiteDose;
import com.laca.domain.records.TreatmentChart;
import com.laca.domain.records.TreatmentContext;
import com.laca.domain.records.TreatmentDetails;
import com.laca.domain.records.TreatmentRecord;
import com.laca.domain.records.TreatmentRecordId;
import com.laca.domain.records.TreatmentRecordSigning;
import com.laca.domain.shared.AppointmentId;
import com.laca.domain.shared.ClientId;
import com.laca.domain.shared.EmailAddress;
import com.laca.domain.shared.PhoneNumber;
import com.laca.domain.shared.PractitionerId;
import com.laca.domain.shared.UserId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The {@link TreatmentRecordRepository} contract: entries come back exactly as signed, chained into charts; a chart
 * has one original and a single line of corrections; a recall finds only entries in force, in their tenant only.
 */
public abstract class TreatmentRecordContract extends PersistenceContract {

    private static final PractitionerId NURSE = PractitionerId.random();
    private static final UserId SIGNED_IN = UserId.random();
    private static final LocalDate TREATED = LocalDate.of(2026, 6, 10);
    private static final Instant SIGNED = Instant.parse("2026-06-10T11:30:00Z");

    private Client client;

    /** The repository under test, over the same store as {@link #ports}. */
    protected abstract TreatmentRecordRepository records();

    @BeforeEach
    void storeClient() {
        client = new Client(ClientId.random(), tenantA, "Tia", "Treated", new EmailAddress("tia@example.com"),
                new PhoneNumber("07700 900125"), LocalDate.of(1990, 4, 15));
        doInA(() -> ports.clients().insert(client));
    }

    private static TreatmentDetails toxin(String lot, String glabellaUnits) {
        return new TreatmentDetails(List.of(new ProductUse("Bocouture 50U", "Merz", new LotNumber(lot),
                LocalDate.of(2027, 1, 31), List.of(
                        new SiteDose(InjectionSite.GLABELLA, Side.WHOLE, Dose.of(glabellaUnits, DoseUnit.UNITS)),
                        new SiteDose(InjectionSite.LATERAL_CANTHAL_LINES, Side.LEFT, Dose.of("12.5", DoseUnit.UNITS))))),
                Optional.of("30G needle, intramuscular"), Optional.of("no exercise for 4 hours"),
                List.of("slight bruise at left crow's feet"), Optional.of(new FollowUp(TREATED.plusWeeks(2), "review")));
    }

    private TreatmentRecord original(AppointmentId appointment, String lot, LocalDate treatedOn) {
        TreatmentContext context = new TreatmentContext(appointment, client.id(), NURSE,
                TreatmentCategory.ANTI_WRINKLE, treatedOn);
        return ((SigningResult.Signed) TreatmentRecordSigning.signOriginal(TreatmentRecordId.random(), context,
                AppointmentStatus.COMPLETED, toxin(lot, "20"), NURSE, SIGNED)).record();
    }

    private static TreatmentRecord correction(TreatmentChart chart, String lot, Instant at) {
        return ((SigningResult.Signed) chart.correct(TreatmentRecordId.random(), toxin(lot, "18"),
                "batch number mistyped", NURSE, at)).record();
    }

    @Test
    @DisplayName("an entry and its correction come back exactly as signed, chained into one chart")
    void roundTrip() {
        AppointmentId appointment = AppointmentId.random();
        TreatmentRecord first = original(appointment, "C3456A", TREATED);
        TreatmentRecord fix = correction(TreatmentChart.of(first), "C3456B", SIGNED.plusSeconds(600));
        doInA(() -> {
            records().add(first, SIGNED_IN);
            records().add(fix, SIGNED_IN);
        });

        TreatmentChart chart = inA(() -> records().chart(appointment)).orElseThrow();
        assertThat(chart.entries()).containsExactly(first, fix);
        assertThat(chart.current().details().allDoses().get(1).dose().amount()).isEqualByComparingTo("12.5");
        assertThat(inA(() -> records().chartsOf(List.of(client.id())))).containsExactly(chart);
        assertThat(inB(() -> records().chart(appointment))).isEmpty();
        assertThat(inB(() -> records().chartsOf(List.of(client.id())))).isEmpty();
    }

    @Test
    @DisplayName("a second original of an appointment, or a second correction of one entry, is a conflict")
    void singleLine() {
        AppointmentId appointment = AppointmentId.random();
        TreatmentRecord first = original(appointment, "C3456A", TREATED);
        doInA(() -> records().add(first, SIGNED_IN));

        assertThatThrownBy(() -> doInA(() -> records().add(original(appointment, "C3456A", TREATED), SIGNED_IN)))
                .isInstanceOf(ConflictException.class);
        doInA(() -> records().add(correction(TreatmentChart.of(first), "X1", SIGNED.plusSeconds(60)), SIGNED_IN));
        assertThatThrownBy(() -> doInA(() -> records().add(
                correction(TreatmentChart.of(first), "X2", SIGNED.plusSeconds(90)), SIGNED_IN)))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    @DisplayName("a recall finds the entries in force that used the batch between the dates, in its tenant only")
    void recall() {
        TreatmentRecord inside = original(AppointmentId.random(), "LOT-7", TREATED);
        TreatmentRecord before = original(AppointmentId.random(), "LOT-7", TREATED.minusDays(40));
        TreatmentRecord otherBatch = original(AppointmentId.random(), "LOT-8", TREATED);
        TreatmentRecord mistyped = original(AppointmentId.random(), "LOT-7", TREATED.plusDays(1));
        TreatmentRecord corrected = correction(TreatmentChart.of(mistyped), "LOT-9", SIGNED.plusSeconds(60));
        doInA(() -> List.of(inside, before, otherBatch, mistyped, corrected)
                .forEach(entry -> records().add(entry, SIGNED_IN)));

        assertThat(inA(() -> records().currentWithLot(new LotNumber("lot-7"), TREATED.minusDays(7),
                TREATED.plusDays(7)))).containsExactly(inside);
        assertThat(inA(() -> records().currentWithLot(new LotNumber("LOT-9"), TREATED, TREATED.plusDays(1))))
                .containsExactly(corrected);
        assertThat(inB(() -> records().currentWithLot(new LotNumber("LOT-7"), TREATED.minusDays(7),
                TREATED.plusDays(7)))).isEmpty();
    }
}
