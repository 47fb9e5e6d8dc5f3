package com.laca.application.records.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import com.laca.application.shared.PersistenceContract;
import com.laca.domain.booking.Client;
import com.laca.domain.records.ClinicalPhoto;
import com.laca.domain.records.PhotoFormat;
import com.laca.domain.records.PhotoId;
import com.laca.domain.records.PhotoKind;
import com.laca.domain.shared.AppointmentId;
import com.laca.domain.shared.ClientId;
import com.laca.domain.shared.EmailAddress;
import com.laca.domain.shared.PhoneNumber;
import com.laca.domain.shared.UserId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The {@link ClinicalPhotoRepository} contract: descriptions come back whole, per appointment or per client, in their
 * tenant only.
 */
public abstract class ClinicalPhotoContract extends PersistenceContract {

    private static final Instant AT = Instant.parse("2026-06-10T11:00:00Z");

    /** The repository under test, over the same store as {@link #ports}. */
    protected abstract ClinicalPhotoRepository photos();

    private static ClinicalPhoto photo(ClientId client, AppointmentId appointment, PhotoKind kind, Instant at) {
        PhotoId id = PhotoId.random();
        return new ClinicalPhoto(id, client, appointment, kind, PhotoFormat.JPEG, 640, 480, 12_345,
                "a".repeat(64), "photos/" + id + ".jpg", UserId.random(), at);
    }

    @Test
    @DisplayName("photos come back whole, oldest first per appointment, and only in their tenant")
    void roundTrip() {
        Client client = new Client(ClientId.random(), tenantA, "Pia", "Photo", new EmailAddress("pia@example.com"),
                new PhoneNumber("07700 900126"), LocalDate.of(1991, 1, 2));
        doInA(() -> ports.clients().insert(client));
        AppointmentId appointment = AppointmentId.random();
        ClinicalPhoto before = photo(client.id(), appointment, PhotoKind.BEFORE, AT);
        ClinicalPhoto after = photo(client.id(), appointment, PhotoKind.AFTER, AT.plusSeconds(600));
        ClinicalPhoto elsewhere = photo(client.id(), AppointmentId.random(), PhotoKind.BEFORE, AT);
        doInA(() -> {
            photos().add(after);
            photos().add(before);
            photos().add(elsewhere);
        });

        assertThat(inA(() -> photos().ofAppointment(appointment))).containsExactly(before, after);
        assertThat(inA(() -> photos().find(after.id()))).contains(after);
        assertThat(inB(() -> photos().find(after.id()))).isEmpty();
        assertThat(inB(() -> photos().ofAppointment(appointment))).isEmpty();
        assertThat(inA(() -> photos().ofClients(List.of(client.id(), ClientId.random()))))
                .containsExactlyInAnyOrder(elsewhere, before, after).last().isEqualTo(after);
        assertThat(inA(() -> photos().ofClients(List.of()))).isEmpty();
        assertThat(inB(() -> photos().ofClients(List.of(client.id())))).isEmpty();
    }
}
