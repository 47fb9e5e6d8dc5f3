package com.laca.domain.notification;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * One message in the transactional outbox: written in the same transaction as the change it reports (so a
 * rolled-back booking sends nothing), then claimed, sent and recorded by dispatchers on any number of servers.
 *
 * <p>Immutable: every step takes "now" and answers an {@link OutboxTransition}, either the message in its new state
 * to be saved, or a refusal with a reason that leaves it as it was. The {@link Envelope} (what and to whom) never
 * changes after enqueueing, except that a message carrying a secret forgets its facts once final. Equality is by id.
 */
public final class OutboxMessage {

    private final Envelope envelope;
    private final Delivery delivery;

    private OutboxMessage(Envelope envelope, Delivery delivery) {
        this.envelope = Objects.requireNonNull(envelope, "envelope");
        this.delivery = Objects.requireNonNull(delivery, "delivery");
    }

    /**
     * A new message, due after {@code delay} (zero, or the clinic-change delay that lets staff undo a change unseen).
     *
     * @throws IllegalArgumentException if the facts lack one the kind requires (all missing names are listed), or
     *                                  the delay is negative
     */
    public static OutboxMessage enqueue(Envelope envelope, Duration delay) {
        Objects.requireNonNull(delay, "delay");
        if (delay.isNegative()) {
            throw new IllegalArgumentException("a send delay must not be negative");
        }
        var missing = envelope.facts().missing(envelope.kind().requiredFacts());
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException(envelope.kind() + " needs the facts " + missing);
        }
        return new OutboxMessage(envelope, Delivery.pending(envelope.createdAt().plus(delay)));
    }

    /** Rebuilds a stored message; kept apart from {@link #enqueue} so loading never re-runs the rules of creation. */
    public static OutboxMessage reconstitute(Envelope envelope, Delivery delivery) {
        return new OutboxMessage(envelope, delivery);
    }

    public NotificationId id() {
        return envelope.id();
    }

    public Envelope envelope() {
        return envelope;
    }

    public Delivery delivery() {
        return delivery;
    }

    public OutboxState state() {
        return delivery.state();
    }

    /** Whether a dispatcher may claim it at {@code now}: due and waiting, or claimed under a lease that ran out. */
    public boolean isClaimableAt(Instant now) {
        return switch (delivery.state()) {
            case PENDING, FAILED_RETRYING -> !now.isBefore(delivery.dueAt());
            case CLAIMED -> delivery.lease().orElseThrow().hasExpiredAt(now);
            case SENT, DEAD, CANCELLED -> false;
        };
    }

    /**
     * A dispatcher takes the message for {@code leaseFor}; this starts an attempt. A message claimed by a dispatcher
     * that crashed is taken over once its lease has run out, and the takeover counts as a new attempt.
     */
    public OutboxTransition claim(String owner, Instant now, Duration leaseFor) {
        Objects.requireNonNull(leaseFor, "leaseFor");
        if (leaseFor.isNegative() || leaseFor.isZero()) {
            throw new IllegalArgumentException("a lease must last a positive time");
        }
        OutboxState state = delivery.state();
        if (!state.canMoveTo(OutboxState.CLAIMED)) {
            return refused(state == OutboxState.SENT ? OutboxRefusal.ALREADY_SENT : OutboxRefusal.ILLEGAL_TRANSITION,
                    "a " + state + " message cannot be claimed");
        }
        if (!isClaimableAt(now)) {
            return state == OutboxState.CLAIMED
                    ? refused(OutboxRefusal.LEASE_HELD, "claimed until " + delivery.lease().orElseThrow().until())
                    : refused(OutboxRefusal.NOT_DUE, "due at " + delivery.dueAt());
        }
        return applied(envelope, new Delivery(OutboxState.CLAIMED, delivery.dueAt(), delivery.attempts() + 1,
                Optional.of(new Lease(owner, now.plus(leaseFor))), delivery.lastError(), Optional.empty(),
                Optional.empty()));
    }

    /**
     * The channel accepted the message. Accepted from the dispatcher that claimed it even after its lease ran out, as
     * long as no other dispatcher took it over.
     */
    public OutboxTransition markSent(String owner, Instant now, String providerReference) {
        Objects.requireNonNull(providerReference, "providerReference");
        Optional<OutboxTransition> refusal = refuseUnlessClaimedBy(owner);
        if (refusal.isPresent()) {
            return refusal.get();
        }
        return applied(finalEnvelope(), new Delivery(OutboxState.SENT, delivery.dueAt(), delivery.attempts(),
                Optional.empty(), delivery.lastError(), Optional.of(now), Optional.of(providerReference)));
    }

    /**
     * The attempt failed: a refusal for good makes it dead at once; otherwise the policy either schedules the next
     * attempt (with jitter from {@code random}) or, when attempts are exhausted, makes it dead.
     */
    public OutboxTransition markFailed(String owner, Instant now, SendFailure failure, RetryPolicy policy,
                                       RandomGenerator random) {
        Objects.requireNonNull(failure, "failure");
        Objects.requireNonNull(policy, "policy");
        Optional<OutboxTransition> refusal = refuseUnlessClaimedBy(owner);
        if (refusal.isPresent()) {
            return refusal.get();
        }
        RetryDecision decision = failure.isRetryable()
                ? policy.afterFailure(delivery.attempts(), now, random)
                : new RetryDecision.GiveUp();
        if (decision instanceof RetryDecision.RetryAt retry) {
            return applied(envelope, new Delivery(OutboxState.FAILED_RETRYING, retry.at(), delivery.attempts(),
                    Optional.empty(), Optional.of(failure.summary()), Optional.empty(), Optional.empty()));
        }
        return applied(finalEnvelope(), new Delivery(OutboxState.DEAD, now, delivery.attempts(), Optional.empty(),
                Optional.of(failure.summary()), Optional.empty(), Optional.empty()));
    }

    /**
     * Withdraws a message that has not gone out, because the change it reports was undone or overtaken; refused once
     * a dispatcher is sending it or it was sent.
     */
    public OutboxTransition cancel(Instant now, String reason) {
        Objects.requireNonNull(reason, "reason");
        OutboxState state = delivery.state();
        if (!state.isWaiting()) {
            OutboxRefusal why = switch (state) {
                case CLAIMED -> OutboxRefusal.IN_FLIGHT;
                case SENT -> OutboxRefusal.ALREADY_SENT;
                default -> OutboxRefusal.ILLEGAL_TRANSITION;
            };
            return refused(why, "a " + state + " message cannot be withdrawn");
        }
        return applied(finalEnvelope(), new Delivery(OutboxState.CANCELLED, now, delivery.attempts(),
                Optional.empty(), Optional.of("cancelled: " + reason), Optional.empty(), Optional.empty()));
    }

    /**
     * The dispatcher holding the message found, just before sending, that it no longer applies (its appointment was
     * cancelled or moved): it is withdrawn instead of sent, and never becomes a dead letter for an admin to replay.
     */
    public OutboxTransition withdrawClaimed(String owner, Instant now, String reason) {
        Objects.requireNonNull(reason, "reason");
        Optional<OutboxTransition> refusal = refuseUnlessClaimedBy(owner);
        if (refusal.isPresent()) {
            return refusal.get();
        }
        return applied(finalEnvelope(), new Delivery(OutboxState.CANCELLED, now, delivery.attempts(),
                Optional.empty(), Optional.of("cancelled: " + reason), Optional.empty(), Optional.empty()));
    }

    /** An admin sends a dead letter again: due at once, with a fresh count of attempts. */
    public OutboxTransition replay(Instant now) {
        if (delivery.state() != OutboxState.DEAD) {
            return refused(OutboxRefusal.ILLEGAL_TRANSITION, "only a dead message can be replayed");
        }
        if (envelope.facts().isEmpty() && !envelope.kind().requiredFacts().isEmpty()) {
            return refused(OutboxRefusal.FACTS_ERASED, "its secret was erased; issue a new " + envelope.kind());
        }
        return applied(envelope, new Delivery(OutboxState.PENDING, now, 0, Optional.empty(), delivery.lastError(),
                Optional.empty(), Optional.empty()));
    }

    private Optional<OutboxTransition> refuseUnlessClaimedBy(String owner) {
        Objects.requireNonNull(owner, "owner");
        if (delivery.state() != OutboxState.CLAIMED) {
            return Optional.of(refused(OutboxRefusal.CLAIM_LOST, "the message is " + delivery.state()
                    + ", not claimed"));
        }
        if (!delivery.lease().orElseThrow().owner().equals(owner)) {
            return Optional.of(refused(OutboxRefusal.CLAIM_LOST, "another dispatcher took the message over"));
        }
        return Optional.empty();
    }

    private Envelope finalEnvelope() {
        return envelope.kind().has(MessageKind.Trait.CARRIES_SECRET) ? envelope.withoutFacts() : envelope;
    }

    private static OutboxTransition applied(Envelope envelope, Delivery delivery) {
        return new OutboxTransition.Applied(new OutboxMessage(envelope, delivery));
    }

    private static OutboxTransition refused(OutboxRefusal reason, String message) {
        return new OutboxTransition.Refused(reason, message);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof OutboxMessage message && message.id().equals(id());
    }

    @Override
    public int hashCode() {
        return id().hashCode();
    }

    @Override
    public String toString() {
        return "OutboxMessage[" + id() + ", " + envelope.kind() + ", " + delivery.state() + "]";
    }
}
