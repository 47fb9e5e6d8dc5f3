package com.laca.domain.scheduling;

/**
 * Why a booking cannot be made, as a closed list the booking page can translate and the REST adapter can map.
 *
 * <p>The practitioner reasons are declared in the order they are checked; in "any practitioner" mode the reported
 * reason is the latest one any practitioner reached, because that is the one closest to being bookable.
 */
public enum RejectionReason {
    /** The whole clinic is closed that day (bank holiday). */
    CLOSED("The clinic is closed on that day."),
    /** The start is closer to now than the treatment's minimum notice. */
    TOO_SOON("That time is too soon to book online."),
    /** The start is further ahead than the treatment's maximum advance. */
    TOO_FAR_AHEAD("That time is too far ahead to book yet."),
    /** The chosen practitioner does not work at this location. */
    UNKNOWN_PRACTITIONER("That practitioner does not work at this location."),
    /** The chosen practitioner (or every practitioner) lacks a required qualification. */
    NOT_QUALIFIED("No practitioner qualified for this treatment is available."),
    /** The treatment plus its buffers does not fit inside a working window. */
    OUTSIDE_WORKING_HOURS("That time is outside working hours."),
    /** The start is within working hours but not on the treatment's slot grid. */
    NOT_ON_STEP("Appointments start at set times; please pick one of the offered times."),
    /** The practitioner is on holiday, training or otherwise blocked out. */
    PRACTITIONER_TIME_OFF("The practitioner is away at that time."),
    /** The practitioner already has an appointment (with its buffers) overlapping this one. */
    PRACTITIONER_BUSY("That time has just been taken."),
    /** No free resource of a required type (room, laser) at this location. */
    RESOURCE_UNAVAILABLE("The room or equipment needed is not free at that time."),
    /** The client already has an appointment at that time: a client cannot be in two rooms at once. */
    CLIENT_BUSY("The client already has an appointment at that time."),
    /**
     * The booking gate (clinical safety and the law) refuses this client the treatment with every practitioner who
     * could take it; the rejection carries the gate's own reason.
     */
    SAFETY_REFUSED("This treatment cannot be booked for this client.");

    private final String defaultMessage;

    RejectionReason(String defaultMessage) {
        this.defaultMessage = defaultMessage;
    }

    /** A sentence a client can read. */
    public String defaultMessage() {
        return defaultMessage;
    }
}
