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
 * @param detail      free text; required with {@link CancellationReason#OTHER}, optional otherwise (1-500 characters)
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
        if (reason == CancellationReason.OTHER && detail.isEmpty()) {
            throw new IllegalArgumentException("a cancellation for another reason must say which");
        }
    }

    /** The client cancelled through their manage link: recorded as their own request, by no staff account. */
    public static CancellationRecord byClient(AppointmentId appointment, Instant at) {
        return new CancellationRecord(appointment, CancellationReason.CLIENT_REQUEST, Optional.empty(),
                Optional.empty(), at);
    }
}
