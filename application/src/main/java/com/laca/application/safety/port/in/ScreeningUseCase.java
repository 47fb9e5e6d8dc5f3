package com.laca.application.safety.port.in;

import com.laca.application.shared.Caller;
import com.laca.domain.clinic.TreatmentCategory;
import com.laca.domain.safety.PrescriberDecision;
import com.laca.domain.shared.ClientId;
import com.laca.domain.shared.TenantId;
import com.laca.domain.shared.TreatmentId;

/**
 * The medical questionnaire: shown for a treatment, answered by the client through their booking's private link or
 * entered by staff, checked against the current questionnaire version and evaluated by the contraindication rules,
 * so the one booking check can refuse a contraindicated client and a prescriber can decide a review.
 */
public interface ScreeningUseCase {

    /**
     * The questions asked for a treatment (public).
     *
     * @throws com.laca.application.shared.NotFoundException for an unknown or inactive treatment
     */
    QuestionnaireForTreatment questionnaire(TenantId tenant, TreatmentId treatment);

    /**
     * The client answers for the treatment of the booking the manage token names; nothing is stored unless every
     * answer fits.
     *
     * @throws com.laca.application.shared.NotFoundException for an unknown token
     */
    ScreeningResult submitForBooking(TenantId tenant, String manageToken, SubmitScreeningCommand command);

    /** Staff enter the client's answers for a category ({@code CLINICAL_READ}). */
    ScreeningResult submitByStaff(Caller caller, ClientId client, TreatmentCategory category,
                                  SubmitScreeningCommand command);

    /**
     * A prescriber decides a {@code PRESCRIBER_REVIEW} finding of a screening ({@code CLINICAL_DECIDE}); a
     * {@code BLOCK} can never be decided.
     *
     * @throws com.laca.application.shared.NotFoundException     for an unknown screening or practitioner
     * @throws com.laca.application.shared.InvalidInputException when the rule is not a review of that screening, or
     *                                                           the practitioner is not a registered prescriber
     */
    PrescriberDecision decide(Caller caller, DecideReviewCommand command);
}
