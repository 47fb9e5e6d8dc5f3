package com.laca.domain.booking;

import com.laca.domain.shared.AppointmentId;
import com.laca.domain.shared.UserId;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DisplayName("What the desk records when it cancels, and its appointment notes")
class CancellationRecordTest {

    private static final Instant NOON = Instant.parse("2026-03-02T12:00:00Z");
    private final AppointmentId appointment = AppointmentId.random();
    private final UserId receptionist = UserId.random();

    @Test
    @DisplayName("a coded reason needs no words, and blank words count as none")
    void codedReason() {
        CancellationRecord record = new CancellationRecord(appointment, CancellationReason.ILLNESS,
                Optional.of("   "), Optional.of(receptionist), NOON);
        assertThat(record.detail()).isEmpty();
        assertThat(record.cancelledBy()).contains(receptionist);
    }

    @Test
    @DisplayName("'other' must say what the reason was")
    void otherNeedsWords() {
        assertThatThrownBy(() -> CancellationRecord.byStaff(appointment, CancellationReason.OTHER, Optional.of(" "),
                receptionist, NOON)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("must say which");
        assertThat(CancellationRecord.byStaff(appointment, CancellationReason.OTHER, Optional.of(" flood in the clinic "),
                receptionist, NOON).detail()).contains("flood in the clinic");
    }

    @Test
    @DisplayName("a role without clinical rights reads the code and who cancelled, never the words")
    void withoutDetail() {
        CancellationRecord record = CancellationRecord.byStaff(appointment, CancellationReason.OTHER,
                Optional.of("client phoned: flu"), receptionist, NOON).withoutDetail();
        assertThat(record.detail()).isEmpty();
        assertThat(record.reason()).isEqualTo(CancellationReason.OTHER);
        assertThat(record.cancelledBy()).contains(receptionist);
    }

    @Test
    @DisplayName("the free text is kept short")
    void detailBounded() {
        assertThatThrownBy(() -> new CancellationRecord(appointment, CancellationReason.CLINIC,
                Optional.of("x".repeat(CancellationRecord.MAX_DETAIL + 1)), Optional.of(receptionist), NOON))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("a client's own cancellation is their request, by no staff account")
    void byClient() {
        CancellationRecord record = CancellationRecord.byClient(appointment, NOON);
        assertThat(record.reason()).isEqualTo(CancellationReason.CLIENT_REQUEST);
        assertThat(record.cancelledBy()).isEmpty();
    }

    @Test
    @DisplayName("a note has words, at most 2000 characters, stored without surrounding blanks")
    void noteText() {
        assertThat(new AppointmentNote(UUID.randomUUID(), appointment, "  bring photo ID ", receptionist, NOON).text())
                .isEqualTo("bring photo ID");
        assertThatThrownBy(() -> new AppointmentNote(UUID.randomUUID(), appointment, " ", receptionist, NOON))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AppointmentNote(UUID.randomUUID(), appointment,
                "x".repeat(AppointmentNote.MAX_TEXT + 1), receptionist, NOON))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
