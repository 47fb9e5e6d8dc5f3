package com.laca.domain.safety;

/**
 * Why the safety policy refused, as a closed list the booking page can translate and the REST adapter can map; the
 * default explanations name no medical detail, so they are safe to show to whoever is booking.
 */
public enum SafetyReason {
    /** An age-restricted treatment needs the client's date of birth. */
    DATE_OF_BIRTH_REQUIRED("Your date of birth is needed to book this treatment."),
    /** The client is under the legal age for the treatment on the appointment date. */
    UNDER_MINIMUM_AGE("By law this treatment cannot be given to anyone under the minimum age."),
    /** Staff must record the proof of age they saw before an age-restricted treatment. */
    ID_CHECK_REQUIRED("Staff must see and record proof of age before this treatment."),
    /** The date of birth on the ID seen differs from the client record. */
    DATE_OF_BIRTH_MISMATCH("The date of birth on the ID seen differs from the client record; please correct it."),
    /** No medical questionnaire covers this treatment. */
    SCREENING_REQUIRED("Please complete the medical questionnaire for this treatment."),
    /** The questionnaire answers are older than the clinic accepts on the treatment date. */
    SCREENING_EXPIRED("Your medical questionnaire has expired; please complete it again."),
    /** The client has not confirmed their answers close enough before the treatment. */
    SCREENING_NOT_RECONFIRMED("Please confirm your medical questionnaire answers are still correct."),
    /** The rules now ask questions the client's questionnaire did not. */
    SCREENING_INCOMPLETE("The medical questionnaire has new questions; please complete it again."),
    /** A rule blocks the treatment; no software path clears it. */
    CONTRAINDICATED("This treatment cannot be offered based on your medical questionnaire. "
            + "The clinic will be glad to discuss alternatives."),
    /** A prescriber must decide before treatment. */
    PRESCRIBER_REVIEW_PENDING("A prescriber needs to review your medical questionnaire before this treatment."),
    /** A prescriber decided against treatment. */
    PRESCRIBER_DECLINED("A prescriber has advised against this treatment. The clinic will discuss alternatives."),
    /** Not before a date computed from an answer. */
    DEFERRED("This treatment can only take place from a later date."),
    /** A prescription-only medicine needs a face-to-face prescriber consultation within the validity window. */
    PRESCRIBER_CONSULTATION_REQUIRED("This treatment needs a face-to-face consultation with a prescriber first; "
            + "a video or phone consultation does not count."),
    /** The reflection period after the consultation has not passed. */
    REFLECTION_PERIOD("This treatment can only take place after the reflection period following your consultation."),
    /** The prescriber has not issued the prescription. */
    PRESCRIPTION_REQUIRED("The prescriber has not yet issued the prescription for this treatment."),
    /** The practitioner holds no valid licence for the category on that date. */
    PRACTITIONER_NOT_LICENSED("This practitioner cannot be booked for this treatment on that date."),
    /** The premises hold no valid licence for the category on that date. */
    PREMISES_NOT_LICENSED("This treatment cannot be given at this location on that date."),
    /** No consent is signed for this course. */
    CONSENT_NOT_SIGNED("The consent form must be signed before check-in."),
    /** No consent template is in effect for this treatment. */
    CONSENT_TEMPLATE_MISSING("There is no consent form in effect for this treatment yet.");

    private final String defaultExplanation;

    SafetyReason(String defaultExplanation) {
        this.defaultExplanation = defaultExplanation;
    }

    /** A sentence anyone booking may be shown. */
    public String defaultExplanation() {
        return defaultExplanation;
    }
}
