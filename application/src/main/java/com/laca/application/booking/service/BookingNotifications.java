package com.laca.application.booking.service;

import com.laca.application.booking.port.out.PreVisitLinks;
import com.laca.application.payment.port.out.PaymentNotices;
import com.laca.application.notification.port.in.Addressee;
import com.laca.application.notification.port.in.EnqueueNotificationCommand;
import com.laca.application.notification.port.in.EnqueueNotificationUseCase;
import com.laca.domain.booking.Appointment;
import com.laca.domain.booking.AppointmentDetails;
import com.laca.domain.booking.Client;
import com.laca.domain.clinic.Location;
import com.laca.domain.clinic.Treatment;
import com.laca.domain.notification.Facts;
import com.laca.domain.notification.Initiator;
import com.laca.domain.notification.MessageFacts;
import com.laca.domain.notification.MessageKind;
import com.laca.domain.notification.Topic;
import com.laca.domain.shared.AppointmentId;
import com.laca.domain.shared.Money;
import com.laca.domain.shared.TenantId;
import com.laca.domain.tenancy.Tenant;
import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * What booking tells the client, written to the outbox inside the booking's own transaction (one call per event), with
 * the facts as they are at that moment: the appointment, the treatment, the location and a link to manage the booking.
 * It also tells payments' receipts (deposit received, refund issued), because only booking knows the client and the
 * appointment a ledger entry is about.
 */
public final class BookingNotifications implements PaymentNotices {

    /** The messages about a visit still to come, which carry the pre-visit link when the booking's token is at hand. */
    private static final Set<MessageKind> STILL_AHEAD = Set.of(MessageKind.BOOKING_CONFIRMED,
            MessageKind.HOLD_AWAITING_DEPOSIT, MessageKind.BOOKING_RESCHEDULED);

    private final Optional<EnqueueNotificationUseCase> enqueue;
    private final BookingPorts ports;
    private final URI publicBase;
    private final PreVisitLinks preVisit;

    /**
     * @param publicBase the server's public address, e.g. {@code https://book.example}, that links start with
     * @param preVisit   the pre-visit links confirmations carry, when the consent area provides them
     */
    public BookingNotifications(EnqueueNotificationUseCase enqueue, BookingPorts ports, URI publicBase,
                                PreVisitLinks preVisit) {
        this(Optional.of(enqueue), ports, publicBase, preVisit);
    }

    private BookingNotifications(Optional<EnqueueNotificationUseCase> enqueue, BookingPorts ports, URI publicBase,
                                 PreVisitLinks preVisit) {
        this.enqueue = enqueue;
        this.ports = Objects.requireNonNull(ports, "ports");
        String base = publicBase.toString();
        this.publicBase = URI.create(base.endsWith("/") ? base.substring(0, base.length() - 1) : base);
        this.preVisit = Objects.requireNonNull(preVisit, "preVisit");
    }

    /** Tells nobody anything: for embedders and tests that run booking without notifications. */
    public static BookingNotifications none(BookingPorts ports) {
        return new BookingNotifications(Optional.empty(), ports, URI.create("http://localhost"), PreVisitLinks.NONE);
    }

    /** A new booking: confirmed, or held until its deposit is paid. */
    void booked(Appointment appointment, Optional<Money> deposit, String manageToken, Initiator initiator) {
        if (appointment.holdExpiresAt().isPresent() && deposit.isPresent()) {
            tell(MessageKind.HOLD_AWAITING_DEPOSIT, appointment, Optional.of(manageToken), initiator,
                    facts -> facts.amount(Facts.DEPOSIT_AMOUNT, deposit.get())
                            .moment(Facts.HOLD_EXPIRES_AT, appointment.holdExpiresAt().get(), zone(appointment)));
        } else {
            confirmed(appointment, Optional.of(manageToken), initiator);
        }
    }

    /** A booking confirmed (at once, or when its deposit was paid). */
    void confirmed(Appointment appointment, Optional<String> manageToken, Initiator initiator) {
        tell(MessageKind.BOOKING_CONFIRMED, appointment, manageToken, initiator, facts -> { });
    }

    /** A booking moved from {@code previousStart}. */
    void rescheduled(Appointment moved, Instant previousStart, Optional<String> manageToken, Initiator initiator) {
        tell(MessageKind.BOOKING_RESCHEDULED, moved, manageToken, initiator,
                facts -> facts.moment(Facts.PREVIOUS_START, previousStart, zone(moved)));
    }

    /** A booking cancelled by the client or by the clinic. */
    void cancelled(Appointment cancelled, Optional<String> manageToken, Initiator initiator) {
        tell(initiator == Initiator.CLIENT ? MessageKind.BOOKING_CANCELLED_BY_CLIENT
                : MessageKind.BOOKING_CANCELLED_BY_CLINIC, cancelled, manageToken, initiator, facts -> { });
    }

    /** A deposit received for the appointment; called in the transaction that records it in the ledger. */
    @Override
    public void depositReceived(AppointmentId appointment, Money amount) {
        receipt(MessageKind.DEPOSIT_RECEIVED, appointment, facts -> facts.amount(Facts.DEPOSIT_AMOUNT, amount));
    }

    /** A refund issued for the appointment; called in the transaction that records it in the ledger. */
    @Override
    public void refundIssued(AppointmentId appointment, Money amount) {
        receipt(MessageKind.REFUND_ISSUED, appointment, facts -> facts.amount(Facts.REFUND_AMOUNT, amount));
    }

    private void receipt(MessageKind kind, AppointmentId appointment, Consumer<MessageFacts.Builder> extra) {
        if (enqueue.isEmpty()) {
            return;
        }
        Appointment found = ports.appointments().find(appointment)
                .orElseThrow(() -> new IllegalStateException("money moved on an unknown appointment " + appointment))
                .appointment();
        tell(kind, found, Optional.empty(), Initiator.SYSTEM, extra);
    }

    private void tell(MessageKind kind, Appointment appointment, Optional<String> manageToken, Initiator initiator,
                      Consumer<MessageFacts.Builder> extra) {
        if (enqueue.isEmpty()) {
            return;
        }
        AppointmentDetails details = appointment.details();
        TenantId tenant = details.tenant();
        Treatment treatment = ports.treatments().find(details.treatment()).orElseThrow();
        Location location = ports.locations().find(details.location()).orElseThrow();
        Client client = ports.clients().findAll(List.of(details.client())).stream().findFirst().orElseThrow();
        Tenant clinic = ports.tenants().findById(tenant).orElseThrow();
        String clinicPath = publicBase + "/api/public/" + clinic.slug();
        URI manage = URI.create(manageToken.map(token -> clinicPath + "/bookings/" + token)
                .orElse(clinicPath + "/treatments"));
        Optional<URI> preVisitLink = STILL_AHEAD.contains(kind)
                ? manageToken.flatMap(token -> preVisit.forBooking(clinic, treatment, token)) : Optional.empty();
        MessageFacts.Builder facts = MessageFacts.builder()
                .text(Facts.CLIENT_FIRST_NAME, client.firstName())
                .moment(Facts.APPOINTMENT_START, details.time().start(), location.zone())
                .text(Facts.TREATMENT_NAME, treatment.name())
                .text(Facts.TREATMENT_CATEGORY, treatment.category().name())
                .text(Facts.LOCATION_NAME, location.name())
                .link(Facts.MANAGE_LINK, manage);
        preVisitLink.ifPresent(link -> facts.link(Facts.PREVISIT_LINK, link));
        extra.accept(facts);
        enqueue.get().enqueue(new EnqueueNotificationCommand(tenant, kind, new Addressee.Client(client.id()),
                Optional.of(Topic.appointment(appointment.id())), initiator, facts.build(),
                manageToken.isPresent() ? Set.of() : linksKnownEarlier(kind)));
    }

    /**
     * Without the manage token (it is kept only as a hash), the links an earlier message about the booking carried:
     * a confirmation after a paid deposit links to the booking, as the hold's message did, not to the menu.
     */
    private static Set<String> linksKnownEarlier(MessageKind kind) {
        return STILL_AHEAD.contains(kind) ? Set.of(Facts.MANAGE_LINK, Facts.PREVISIT_LINK) : Set.of(Facts.MANAGE_LINK);
    }

    private ZoneId zone(Appointment appointment) {
        return ports.locations().find(appointment.details().location()).orElseThrow().zone();
    }
}
