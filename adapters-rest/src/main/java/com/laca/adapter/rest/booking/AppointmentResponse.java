package com.laca.adapter.rest.booking;

import com.laca.adapter.rest.common.Dates;
import com.laca.application.booking.port.in.AppointmentView;
import com.laca.domain.booking.AppointmentNote;
import com.laca.domain.booking.CancellationRecord;
import com.laca.domain.booking.ClientTerms;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import com.laca.domain.payment.DepositStatus;
import com.laca.domain.shared.UserId;
import java.time.ZoneOffset;
import com.laca.domain.shared.ResourceId;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;

/**
 * An appointment as the manage page and the staff calendar show it, with times in the location's offset at that
 * instant so a clock-change day reads correctly.
 */
@Schema(name = "Appointment", properties = {
        @SchemaProperty(name = "id", example = "5b6c7d8e-9f0a-4b1c-8d2e-3f4a5b6c7d8e"),
        @SchemaProperty(name = "treatment", example = "c2d3e4f5-a6b7-4c8d-9e0f-1a2b3c4d5e6f"),
        @SchemaProperty(name = "treatmentName", example = "Anti-wrinkle toxin, three areas"),
        @SchemaProperty(name = "location", example = "a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d"),
        @SchemaProperty(name = "practitioner", example = "d4e5f6a7-b8c9-4d0e-8f1a-2b3c4d5e6f7a"),
        @SchemaProperty(name = "practitionerName", example = "Dr Amelia Hart"),
        @SchemaProperty(name = "resources", example = "[\"e5f6a7b8-c9d0-4e1f-8a2b-3c4d5e6f7a8b\"]"),
        @SchemaProperty(name = "client", example = "f6a7b8c9-d0e1-4f2a-8b3c-4d5e6f7a8b9c"),
        @SchemaProperty(name = "clientName", example = "Emma Watson"),
        @SchemaProperty(name = "start", example = "2026-12-01T09:00:00Z"),
        @SchemaProperty(name = "end", example = "2026-12-01T09:30:00Z"),
        @SchemaProperty(name = "status", example = "HELD",
                description = "HELD, CONFIRMED, CHECKED_IN, COMPLETED, CANCELLED, NO_SHOW or EXPIRED"),
        @SchemaProperty(name = "holdExpiresAt", example = "2026-11-24T10:15:00Z", nullable = true,
                description = "for HELD appointments: when the hold lapses unless the deposit is paid"),
        @SchemaProperty(name = "version", example = "0"),
        @SchemaProperty(name = "locationName", example = "London, Harley Street", nullable = true,
                description = "staff answers only (calendar list and GET /appointments/{id})"),
        @SchemaProperty(name = "resourceNames", example = "[\"Treatment Room 1\"]", nullable = true,
                description = "staff answers only: the rooms' and devices' names, in the order of resources"),
        @SchemaProperty(name = "clientPhone", example = "+447700900123", nullable = true,
                description = "staff answers only; never in a public answer"),
        @SchemaProperty(name = "deposit", example = "PAID", nullable = true,
                description = "staff answers only: NONE, DUE, PAID, REFUNDED or FORFEITED, from the ledger"),
        @SchemaProperty(name = "cancellation", nullable = true,
                description = "staff answers only: who cancelled and why, when the desk or the client cancelled"),
        @SchemaProperty(name = "notes", nullable = true,
                description = "staff answers only: staff-only notes, oldest first; never in a public answer, and "
                        + "empty for roles that neither act on appointments nor read clinical records (finance)"),
        @SchemaProperty(name = "terms",
                description = "what the client is told: price, deposit, and until when cancelling is free")})
public record AppointmentResponse(
        String id,
        String treatment,
        String treatmentName,
        String location,
        String practitioner,
        String practitionerName,
        List<String> resources,
        String client,
        String clientName,
        String start,
        String end,
        String status,
        String holdExpiresAt,
        long version,
        String locationName,
        List<String> resourceNames,
        String clientPhone,
        String deposit,
        CancellationJson cancellation,
        List<NoteJson> notes,
        TermsJson terms) {

    /**
     * What a client must know before committing: the price, the deposit, the free-cancellation deadline on the
     * location's clock and what happens to the deposit after it; for a booking, the terms it was made on.
     */
    @Schema(name = "BookingTerms", description = "the terms the booking was made on: a later change to the "
            + "treatment's price or deposit, or to the clinic's cancellation window, applies to new bookings only; "
            + "a move keeps them, the deadline following the new start by the agreed notice", properties = {
            @SchemaProperty(name = "priceMinorUnits", example = "27500"),
            @SchemaProperty(name = "depositMinorUnits", example = "5000", description = "0 when none is asked"),
            @SchemaProperty(name = "currency", example = "GBP"),
            @SchemaProperty(name = "price", example = "£275.00", description = "formatted as the currency is"),
            @SchemaProperty(name = "deposit", example = "£50.00", description = "formatted as the currency is"),
            @SchemaProperty(name = "freeCancellationUntil", example = "2026-12-01T10:00:00Z",
                    description = "the last moment cancelling is free, with the location's offset at that moment"),
            @SchemaProperty(name = "freeCancellationUntilLocal", example = "2026-12-01T10:00",
                    description = "the same deadline on the location's clock"),
            @SchemaProperty(name = "zone", example = "Europe/London", description = "the location's time zone"),
            @SchemaProperty(name = "afterDeadline", example = "DEPOSIT_KEPT",
                    description = "DEPOSIT_KEPT (a later cancellation or a no-show keeps the deposit) or "
                            + "NOTHING_TO_KEEP (no deposit was asked)"),
            @SchemaProperty(name = "summary",
                    example = "Free cancellation until 10:00 on Tuesday 1 December 2026 (Europe/London); after "
                            + "that, or if you do not come, the £50.00 deposit is kept.")})
    public record TermsJson(long priceMinorUnits, long depositMinorUnits, String currency, String price,
                            String deposit, String freeCancellationUntil, String freeCancellationUntilLocal,
                            String zone, String afterDeadline, String summary) {

        private static final DateTimeFormatter WHEN =
                DateTimeFormatter.ofPattern("HH:mm 'on' EEEE d MMMM uuuu", Locale.UK);

        static TermsJson from(ClientTerms terms) {
            ZonedDateTime until = terms.freeCancellationUntilThere();
            String after = switch (terms.afterDeadline()) {
                case DEPOSIT_KEPT -> "after that, or if you do not come, the " + terms.deposit().formatted()
                        + " deposit is kept.";
                case NOTHING_TO_KEEP -> "no deposit is asked, so nothing is kept after that.";
            };
            return new TermsJson(terms.price().minorUnits(), terms.deposit().minorUnits(), terms.price().currency(),
                    terms.price().formatted(), terms.deposit().formatted(),
                    Dates.format(terms.freeCancellationUntil(), until.getOffset()),
                    terms.freeCancellationUntilLocal().toString(), terms.zone().getId(), terms.afterDeadline().name(),
                    "Free cancellation until " + WHEN.format(until) + " (" + terms.zone().getId() + "); " + after);
        }
    }

    /**
     * Who cancelled and why, for the staff calendar.
     *
     * @param cancelledBy the staff account's id; {@code null} when the client cancelled through the manage link
     */
    @Schema(name = "AppointmentCancellation", properties = {
            @SchemaProperty(name = "reason", example = "ILLNESS",
                    description = "CLIENT_REQUEST, CLINIC, ILLNESS, NO_DEPOSIT or OTHER"),
            @SchemaProperty(name = "detail", example = "Client asked to move to the spring", nullable = true,
                    description = "left out for roles that neither act on appointments nor read clinical records "
                            + "(finance)"),
            @SchemaProperty(name = "cancelledBy", example = "0d1e2f3a-4b5c-4d6e-8f7a-9b0c1d2e3f4a", nullable = true,
                    description = "the staff account; null when the client cancelled through the manage link"),
            @SchemaProperty(name = "cancelledAt", example = "2026-12-01T08:15:00Z")})
    public record CancellationJson(String reason, String detail, String cancelledBy, String cancelledAt) {

        static CancellationJson from(CancellationRecord record, ZoneOffset offset) {
            return new CancellationJson(record.reason().name(), record.detail().orElse(null),
                    record.cancelledBy().map(UserId::toString).orElse(null),
                    Dates.format(record.cancelledAt(), offset));
        }
    }

    /** One staff-only note, as the calendar shows it. */
    @Schema(name = "AppointmentNote", properties = {
            @SchemaProperty(name = "id", example = "7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d"),
            @SchemaProperty(name = "text", example = "Prefers the afternoon room; bring photo ID"),
            @SchemaProperty(name = "author", example = "0d1e2f3a-4b5c-4d6e-8f7a-9b0c1d2e3f4a",
                    description = "the staff account that wrote it"),
            @SchemaProperty(name = "writtenAt", example = "2026-12-01T08:15:00Z")})
    public record NoteJson(String id, String text, String author, String writtenAt) {

        static NoteJson from(AppointmentNote note, ZoneOffset offset) {
            return new NoteJson(note.id().toString(), note.text(), note.author().toString(),
                    Dates.format(note.writtenAt(), offset));
        }
    }

    /**
     * What the staff calendar shows: the appointment with location and room names, the client's phone, the deposit's
     * status, who cancelled and why, and the staff-only notes.
     */
    public static AppointmentResponse forStaff(AppointmentView view) {
        AppointmentResponse base = from(view);
        return new AppointmentResponse(base.id(), base.treatment(), base.treatmentName(), base.location(),
                base.practitioner(), base.practitionerName(), base.resources(), base.client(), base.clientName(),
                base.start(), base.end(), base.status(), base.holdExpiresAt(), base.version(), view.locationName(),
                view.resourceNames(), view.clientPhone(), view.deposit().map(DepositStatus::name).orElse(null),
                view.cancellation().map(c -> CancellationJson.from(c, view.offset())).orElse(null),
                view.notes().stream().map(n -> NoteJson.from(n, view.offset())).toList(), base.terms());
    }

    /** What the client and any booking answer see: no staff-only fields (they are left out of the JSON). */
    public static AppointmentResponse from(AppointmentView view) {
        return new AppointmentResponse(view.id().toString(), view.treatment().toString(), view.treatmentName(),
                view.location().toString(), view.practitioner().toString(), view.practitionerName(),
                view.resources().stream().map(ResourceId::toString).toList(), view.client().toString(),
                view.clientName(), Dates.format(view.start(), view.offset()), Dates.format(view.end(), view.offset()),
                view.status().name(), view.holdExpiresAt().map(at -> Dates.format(at, view.offset())).orElse(null),
                view.version(), null, null, null, null, null, null, TermsJson.from(view.terms()));
    }
}
