package com.laca.adapter.rest.booking;

import com.laca.adapter.rest.problem.Problem;
import com.laca.adapter.rest.problem.ProblemType;
import com.laca.adapter.rest.problem.RefusalProblem;
import com.laca.application.booking.port.in.BookingResult;
import com.laca.application.booking.port.in.TransitionOutcome;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.function.Function;

/**
 * Turns the booking use cases' sealed answers into HTTP, handling every case and failing loudly on an unknown one, so
 * a refusal can never go out as a success.
 */
public final class BookingResponses {

    private BookingResponses() {
    }

    /**
     * 201 with a Location for a new booking; 409 with the reason when the slot cannot be had, the client or network
     * address already holds as many bookings as allowed, or clinical safety or the law refuses the client the
     * treatment ({@code treatment-not-allowed}, with the safety reason, e.g. {@code UNDER_MINIMUM_AGE}).
     */
    public static Response created(BookingResult result, Function<BookingResult.Booked, URI> location,
                                   UriInfo uriInfo) {
        if (result instanceof BookingResult.Booked booked) {
            return Response.created(location.apply(booked)).entity(booked(booked)).build();
        }
        return refused(result, uriInfo);
    }

    /** 200 for a moved booking, 409 with the reason when the new time cannot be had or the booking cannot move. */
    public static Response moved(BookingResult result, UriInfo uriInfo) {
        if (result instanceof BookingResult.Booked booked) {
            return Response.ok(booked(booked)).build();
        }
        return refused(result, uriInfo);
    }

    /**
     * 200 with the changed appointment, 409 with the refusal: {@code transition-refused} for the state machine,
     * {@code treatment-not-allowed} when a gate refuses check-in (e.g. {@code CONSENT_MISSING}).
     */
    public static Response changed(TransitionOutcome outcome, UriInfo uriInfo) {
        return changed(outcome, uriInfo, ChangeResponse::from);
    }

    /** As {@link #changed(TransitionOutcome, UriInfo)}, with the appointment as staff see it (notes, deposit, reason). */
    public static Response changedForStaff(TransitionOutcome outcome, UriInfo uriInfo) {
        return changed(outcome, uriInfo, ChangeResponse::forStaff);
    }

    private static Response changed(TransitionOutcome outcome, UriInfo uriInfo,
                                    Function<TransitionOutcome.Changed, ChangeResponse> answer) {
        if (outcome instanceof TransitionOutcome.Changed changed) {
            return Response.ok(answer.apply(changed)).build();
        }
        if (outcome instanceof TransitionOutcome.Refused refused) {
            return conflict(RefusalProblem.of(ProblemType.TRANSITION_REFUSED, refused.refusal().name(),
                    refused.message(), path(uriInfo)));
        }
        if (outcome instanceof TransitionOutcome.Blocked blocked) {
            return conflict(RefusalProblem.of(ProblemType.TREATMENT_NOT_ALLOWED, blocked.reason(), blocked.message(),
                    path(uriInfo)));
        }
        throw new IllegalStateException("unhandled transition outcome " + outcome.getClass().getName());
    }

    private static BookedResponse booked(BookingResult.Booked booked) {
        return new BookedResponse(booked.manageToken(), AppointmentResponse.from(booked.appointment()),
                DepositResponse.from(booked.deposit(), booked.appointment().offset()));
    }

    private static Response refused(BookingResult result, UriInfo uriInfo) {
        if (result instanceof BookingResult.SlotUnavailable unavailable) {
            String detail = unavailable.message() == null || unavailable.message().isBlank()
                    ? unavailable.reason().defaultMessage() : unavailable.message();
            return conflict(RefusalProblem.of(ProblemType.SLOT_UNAVAILABLE, unavailable.reason().name(), detail,
                    path(uriInfo)));
        }
        if (result instanceof BookingResult.Refused refused) {
            return conflict(RefusalProblem.of(ProblemType.TRANSITION_REFUSED, refused.refusal().name(),
                    refused.message(), path(uriInfo)));
        }
        if (result instanceof BookingResult.SafetyRefused refused) {
            return conflict(RefusalProblem.of(ProblemType.TREATMENT_NOT_ALLOWED, refused.reason(), refused.message(),
                    path(uriInfo)));
        }
        if (result instanceof BookingResult.LimitReached reached) {
            return conflict(RefusalProblem.of(ProblemType.BOOKING_LIMIT_REACHED, reached.limit().name(),
                    reached.message(), path(uriInfo)));
        }
        throw new IllegalStateException("unhandled booking result " + result.getClass().getName());
    }

    private static Response conflict(RefusalProblem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    private static String path(UriInfo uriInfo) {
        return uriInfo == null ? null : uriInfo.getRequestUri().getRawPath();
    }
}
