package com.laca.domain.notification;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Decides what a new message about an appointment does to the messages about it that have not gone out yet, so a
 * client is told the outcome of a quick series of changes, not every step: a booking made and cancelled within the
 * send delay sends nothing, a booking moved twice sends one reschedule, a move before the confirmation went out
 * becomes the confirmation of the new time.
 */
public final class Supersession {

    private static final Set<MessageKind> CANCELLATIONS = Set.of(MessageKind.BOOKING_CANCELLED_BY_CLIENT,
            MessageKind.BOOKING_CANCELLED_BY_CLINIC);
    private static final Set<MessageKind> FIRST_NEWS = Set.of(MessageKind.BOOKING_CONFIRMED,
            MessageKind.HOLD_AWAITING_DEPOSIT);
    /** News a cancellation makes stale; receipts for money are never withdrawn. */
    private static final Set<MessageKind> STALE_AFTER_CANCELLATION = Set.of(MessageKind.BOOKING_CONFIRMED,
            MessageKind.HOLD_AWAITING_DEPOSIT, MessageKind.BOOKING_RESCHEDULED, MessageKind.APPOINTMENT_REMINDER);

    private Supersession() {
    }

    /**
     * What to do.
     *
     * @param cancel the waiting messages to withdraw
     * @param sendAs the kind to send the new message as, or empty to send nothing
     */
    public record Outcome(List<NotificationId> cancel, Optional<MessageKind> sendAs) {

        public Outcome {
            cancel = List.copyOf(Objects.requireNonNull(cancel, "cancel"));
            Objects.requireNonNull(sendAs, "sendAs");
        }
    }

    /**
     * The outcome of enqueueing a message of {@code incoming} kind, given every earlier message about the same topic
     * (in any state; only waiting ones are ever withdrawn).
     */
    public static Outcome decide(MessageKind incoming, List<OutboxMessage> earlier) {
        Objects.requireNonNull(incoming, "incoming");
        List<OutboxMessage> waiting = earlier.stream().filter(m -> m.state().isWaiting()).toList();
        boolean clientHeardOfIt = earlier.stream().anyMatch(m -> m.state() == OutboxState.SENT
                || m.state() == OutboxState.CLAIMED);
        List<NotificationId> cancel = new ArrayList<>();
        if (CANCELLATIONS.contains(incoming)) {
            waiting.stream().filter(m -> STALE_AFTER_CANCELLATION.contains(m.envelope().kind()))
                    .forEach(m -> cancel.add(m.id()));
            boolean firstNewsStillWaiting = waiting.stream().anyMatch(m -> FIRST_NEWS.contains(m.envelope().kind()));
            return new Outcome(cancel, firstNewsStillWaiting && !clientHeardOfIt
                    ? Optional.empty() : Optional.of(incoming));
        }
        if (incoming.equals(MessageKind.BOOKING_RESCHEDULED)) {
            boolean confirmationWaiting = false;
            for (OutboxMessage message : waiting) {
                MessageKind kind = message.envelope().kind();
                if (kind.equals(MessageKind.BOOKING_RESCHEDULED) || kind.equals(MessageKind.APPOINTMENT_REMINDER)) {
                    cancel.add(message.id());
                } else if (kind.equals(MessageKind.BOOKING_CONFIRMED)) {
                    cancel.add(message.id());
                    confirmationWaiting = true;
                }
            }
            return new Outcome(cancel, Optional.of(confirmationWaiting && !clientHeardOfIt
                    ? MessageKind.BOOKING_CONFIRMED : incoming));
        }
        return new Outcome(cancel, Optional.of(incoming));
    }
}
