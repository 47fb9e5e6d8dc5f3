package com.laca.domain.notification;

/**
 * The names of the facts the standard kinds carry, in one place so callers, templates and the sample data of the
 * preview agree; templates read them with dots as nesting ({@code {{client.firstName}}}).
 */
public final class Facts {

    /** The client's given name, the only personal detail a client message needs. */
    public static final String CLIENT_FIRST_NAME = "client.firstName";
    /** When the appointment starts, with the location's zone. */
    public static final String APPOINTMENT_START = "appointment.start";
    /** When a rescheduled appointment was due to start before it moved. */
    public static final String PREVIOUS_START = "appointment.previousStart";
    /** The treatment's menu name; shown only where the content rule allows (never on an SMS for injectables). */
    public static final String TREATMENT_NAME = "treatment.name";
    /** The treatment's category, which the content rule uses to decide whether the name may be shown. */
    public static final String TREATMENT_CATEGORY = "treatment.category";
    /** The practitioner's display name, optional. */
    public static final String PRACTITIONER_NAME = "practitioner.name";
    /** The location's name. */
    public static final String LOCATION_NAME = "location.name";
    /** The location's address on one line, optional. */
    public static final String LOCATION_ADDRESS = "location.address";
    /** The client's private link to view, cancel or reschedule. */
    public static final String MANAGE_LINK = "link.manage";
    /** The link to the pre-visit questionnaire and consent, optional until the consent area exists. */
    public static final String PREVISIT_LINK = "link.previsit";
    /** The deposit asked for or received. */
    public static final String DEPOSIT_AMOUNT = "deposit.amount";
    /** When a held slot is released if the deposit is not paid. */
    public static final String HOLD_EXPIRES_AT = "hold.expiresAt";
    /** The amount refunded. */
    public static final String REFUND_AMOUNT = "refund.amount";
    /** The staff member's name. */
    public static final String STAFF_NAME = "staff.name";
    /** The one-time link to accept an invitation; a secret. */
    public static final String INVITATION_LINK = "link.invitation";
    /** The one-time link to reset a password; a secret. */
    public static final String RESET_LINK = "link.reset";
    /** When a one-time link stops working. */
    public static final String LINK_EXPIRES_AT = "link.expiresAt";
    /** The unsubscribe link every marketing message carries, handled without sign-in. */
    public static final String UNSUBSCRIBE_LINK = "link.unsubscribe";

    private Facts() {
    }
}
