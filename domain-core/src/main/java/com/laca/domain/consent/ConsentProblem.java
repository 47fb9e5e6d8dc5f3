package com.laca.domain.consent;

import java.util.Objects;

/**
 * Why a consent step was refused, as a stable code plus a sentence a client or staff member can act on.
 *
 * @param reason  the code the REST adapter maps to a problem type
 * @param message the explanation
 */
public record ConsentProblem(Reason reason, String message) {

    public ConsentProblem {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(message, "message");
    }

    /** The closed list of consent refusals. */
    public enum Reason {
        /** A merge field the template uses has no value. */
        MISSING_MERGE_FIELD,
        /** A mandatory block is absent or empty after merging. */
        MISSING_MANDATORY_BLOCK,
        /** No template is in effect for the category, jurisdiction and date. */
        NO_TEMPLATE_IN_EFFECT,
        /** The client signed another version than the one in effect, or than the one presented. */
        WRONG_TEMPLATE_VERSION,
        /** The drawn signature is larger than the cap. */
        SIGNATURE_TOO_LARGE,
        /** The drawn signature is not a PNG image of acceptable dimensions. */
        SIGNATURE_NOT_AN_IMAGE,
        /** The typed name is blank or too long. */
        TYPED_NAME_INVALID,
        /** One of the two photo consents was not answered. */
        PHOTO_CONSENT_UNANSWERED,
        /** The consent is already signed, countersigned or withdrawn, or the step is out of order. */
        ILLEGAL_STEP,
        /** The countersigner is neither the treating practitioner nor their supervising prescriber. */
        NOT_THE_COUNTERSIGNER,
        /** Check-in needs a signed consent for this course. */
        CONSENT_NOT_SIGNED
    }
}
