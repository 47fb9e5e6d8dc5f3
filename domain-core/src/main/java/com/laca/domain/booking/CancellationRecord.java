package com.laca.domain.booking;

import com.laca.domain.shared.AppointmentId;
import com.laca.domain.shared.UserId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Who called an appointment off, when and why, kept beside the appointment because a cancelled slot with no reason
 * is the first thing an owner asks the desk about.
 *
 * @param appointment the cancelled appointment
 * @param reason      the code the desk chose
 * @param detail      free text (1-500 characters); required from staff with {@link CancellationReason#OTHER} (see
 *                    {@link #byStaff}), and left out of what a role without clinical rights reads
 * @param cancelledBy the staff account that cancelled; empty when the client cancelled through the manage link
 * @param cancelledAt when
 */
public record CancellationRecord(AppointmentId appointment, CancellationReason reason, Optional<String> detail,
                                 Optional<UserId> cancelledBy, Instant cancelledAt) {

    /** The longest free text kept with a cancellation. */
    public static final int MAX_DETAIL = 500;

    public CancellationRecord {
        Objects.requireNonNull(appointment, "appointment");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(detail, "detail");
        Objects.requireNonNull(cancelledBy, "cancelledBy");
        Objects.requireNonNull(cancelledAt, "cancelledAt");
        detail = detail.map(String::strip).filter(text -> !text.isEmpty());
        if (detail.isPresent() && detail.get().length() > MAX_DETAIL) {
            throw new IllegalArgumentException("a cancellation's detail is at most " + MAX_DETAIL + " characters");
        }
    }

    /** The desk cancelled: "other" must say what the reason was, so the calendar explains every cancelled slot. */
    public static CancellationRecord byStaff(AppointmentId appointment, CancellationReason reason,
                                             Optional<String> detail, UserId by, Instant at) {
        CancellationRecord record = new CancellationRecord(appointment, reason, detail, Optional.of(by), at);
        if (reason == CancellationReason.OTHER && record.detail().isEmpty()) {
            throw new IllegalArgumentException("a cancellation for another reason must say which");
        }
        return record;
    }

    /**
     * The same record without its free text, for roles that may not read it: the words may be health details
     * ("client phoned: flu").
     */
    public CancellationRecord withoutDetail() {
        return new CancellationRecord(appointment, reason, Optional.empty(), cancelledBy, cancelledAt);
    }

    /** The client cancelled through their manage link: recorded as their own request, by no staff account. */
    public static CancellationRecord byClient(AppointmentId appointment, Instant at) {
        return new CancellationRecord(appointment, CancellationReason.CLIENT_REQUEST, Optional.empty(),
                Optional.empty(), at);
    }
}
