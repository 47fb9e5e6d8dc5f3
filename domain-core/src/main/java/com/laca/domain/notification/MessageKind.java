package com.laca.domain.notification;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One kind of message (a booking confirmation, a reminder, a password reset): who it is for, why it is sent, by which
 * channels it may go, and which facts its templates need, so that a caller that forgets a fact is stopped when it
 * enqueues, inside its own transaction, not hours later when the message is rendered.
 *
 * <p>The kinds this area sends are the constants below. Other areas add their own with {@link #define} (consent
 * requests, certificates) and register them in a {@link MessageKindCatalogue}; their default templates are found by
 * the kind's {@link #code()}, so adding a kind changes nothing here.
 *
 * @param code          stable name, stored with each message and naming its templates: lower-case words joined by
 *                      hyphens, 3 to 60 characters
 * @param audience      client or staff
 * @param purpose       transactional or marketing
 * @param channels      the channels this kind may use at all
 * @param traits        how delivery treats it
 * @param requiredFacts the facts every message of this kind must carry
 */
public record MessageKind(String code, Audience audience, Purpose purpose, Set<Channel> channels, Set<Trait> traits,
                          Set<String> requiredFacts) {

    /** How the outbox treats a kind beyond its audience and purpose. */
    public enum Trait {
        /** Reports a change staff can undo at once, so it waits out the tenant's clinic-change delay. */
        UNDOABLE_BY_CLINIC,
        /** Sent only while its appointment is still booked; checked again just before sending. */
        ONLY_WHILE_APPOINTMENT_ACTIVE,
        /** Carries a sign-in secret (a reset or invitation link): its facts are erased once it is final. */
        CARRIES_SECRET
    }

    private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

    private static final List<String> APPOINTMENT_FACTS = List.of(Facts.CLIENT_FIRST_NAME, Facts.APPOINTMENT_START,
            Facts.TREATMENT_NAME, Facts.TREATMENT_CATEGORY, Facts.LOCATION_NAME, Facts.MANAGE_LINK);

    /** The booking is made and confirmed; carries the manage link and, once consent exists, the pre-visit link. */
    public static final MessageKind BOOKING_CONFIRMED = client("booking-confirmed", Set.of(Trait.UNDOABLE_BY_CLINIC),
            EnumSet.of(Channel.EMAIL, Channel.SMS), APPOINTMENT_FACTS);
    /** The slot is held until the deposit is paid; says how much and by when. */
    public static final MessageKind HOLD_AWAITING_DEPOSIT = client("hold-awaiting-deposit", Set.of(),
            EnumSet.of(Channel.EMAIL, Channel.SMS),
            plus(APPOINTMENT_FACTS, Facts.DEPOSIT_AMOUNT, Facts.HOLD_EXPIRES_AT));
    /** The appointment moved to another time, practitioner or room. */
    public static final MessageKind BOOKING_RESCHEDULED = client("booking-rescheduled",
            Set.of(Trait.UNDOABLE_BY_CLINIC), EnumSet.of(Channel.EMAIL, Channel.SMS),
            plus(APPOINTMENT_FACTS, Facts.PREVIOUS_START));
    /** The client called the appointment off. */
    public static final MessageKind BOOKING_CANCELLED_BY_CLIENT = client("booking-cancelled-by-client", Set.of(),
            EnumSet.of(Channel.EMAIL, Channel.SMS), APPOINTMENT_FACTS);
    /** The clinic called the appointment off. */
    public static final MessageKind BOOKING_CANCELLED_BY_CLINIC = client("booking-cancelled-by-clinic",
            Set.of(Trait.UNDOABLE_BY_CLINIC), EnumSet.of(Channel.EMAIL, Channel.SMS), APPOINTMENT_FACTS);
    /** The deposit arrived; a receipt, by e-mail only. */
    public static final MessageKind DEPOSIT_RECEIVED = client("deposit-received", Set.of(), EnumSet.of(Channel.EMAIL),
            plus(APPOINTMENT_FACTS, Facts.DEPOSIT_AMOUNT));
    /** Money went back to the client's card; a receipt, by e-mail only. */
    public static final MessageKind REFUND_ISSUED = client("refund-issued", Set.of(), EnumSet.of(Channel.EMAIL),
            plus(APPOINTMENT_FACTS, Facts.REFUND_AMOUNT));
    /** A reminder ahead of the appointment, at the times the tenant's reminder schedule gives. */
    public static final MessageKind APPOINTMENT_REMINDER = client("appointment-reminder",
            Set.of(Trait.ONLY_WHILE_APPOINTMENT_ACTIVE), EnumSet.of(Channel.EMAIL, Channel.SMS), APPOINTMENT_FACTS);
    /** A new member of staff is invited to set a password. */
    public static final MessageKind STAFF_INVITATION = staff("staff-invitation",
            List.of(Facts.STAFF_NAME, Facts.INVITATION_LINK, Facts.LINK_EXPIRES_AT));
    /** A member of staff asked to reset their password. */
    public static final MessageKind PASSWORD_RESET = staff("password-reset",
            List.of(Facts.STAFF_NAME, Facts.RESET_LINK, Facts.LINK_EXPIRES_AT));

    /** Every kind this area defines, in a stable order. */
    public static final List<MessageKind> STANDARD = List.of(BOOKING_CONFIRMED, HOLD_AWAITING_DEPOSIT,
            BOOKING_RESCHEDULED, BOOKING_CANCELLED_BY_CLIENT, BOOKING_CANCELLED_BY_CLINIC, DEPOSIT_RECEIVED,
            REFUND_ISSUED, APPOINTMENT_REMINDER, STAFF_INVITATION, PASSWORD_RESET);

    public MessageKind {
        Objects.requireNonNull(code, "code");
        if (code.length() < 3 || code.length() > 60 || !CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("a message kind code is 3-60 lower-case words joined by hyphens");
        }
        Objects.requireNonNull(audience, "audience");
        Objects.requireNonNull(purpose, "purpose");
        channels = Set.copyOf(Objects.requireNonNull(channels, "channels"));
        traits = Set.copyOf(Objects.requireNonNull(traits, "traits"));
        requiredFacts = Set.copyOf(Objects.requireNonNull(requiredFacts, "requiredFacts"));
        if (channels.isEmpty()) {
            throw new IllegalArgumentException("a message kind needs at least one channel");
        }
        if (audience == Audience.STAFF && !channels.equals(Set.of(Channel.EMAIL))) {
            throw new IllegalArgumentException("staff messages go by e-mail only");
        }
        if (traits.contains(Trait.CARRIES_SECRET) && channels.contains(Channel.SMS)) {
            throw new IllegalArgumentException("a message carrying a sign-in secret never goes by SMS");
        }
        requiredFacts.forEach(MessageFacts::requireKey);
    }

    /**
     * A kind defined by another area (a consent request, a certificate), with the same checks as the standard ones.
     */
    public static MessageKind define(String code, Audience audience, Purpose purpose, Set<Channel> channels,
                                     Set<Trait> traits, Set<String> requiredFacts) {
        return new MessageKind(code, audience, purpose, channels, traits, requiredFacts);
    }

    /** Whether messages of this kind have the trait. */
    public boolean has(Trait trait) {
        return traits.contains(trait);
    }

    /** Whether this kind may travel by the channel. */
    public boolean allows(Channel channel) {
        return channels.contains(channel);
    }

    @Override
    public String toString() {
        return code;
    }

    private static MessageKind client(String code, Set<Trait> traits, Set<Channel> channels, List<String> facts) {
        return new MessageKind(code, Audience.CLIENT, Purpose.TRANSACTIONAL, channels, traits, Set.copyOf(facts));
    }

    private static MessageKind staff(String code, List<String> facts) {
        return new MessageKind(code, Audience.STAFF, Purpose.TRANSACTIONAL, Set.of(Channel.EMAIL),
                Set.of(Trait.CARRIES_SECRET), Set.copyOf(facts));
    }

    private static List<String> plus(List<String> facts, String... more) {
        return java.util.stream.Stream.concat(facts.stream(), java.util.Arrays.stream(more)).toList();
    }
}
