package com.laca.domain.consent;

import com.laca.domain.clinic.TreatmentCategory;
import com.laca.domain.shared.ClientId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The consent rule at check-in: the client must have signed (and not withdrawn) a consent for this course; a consent
 * signed to an older template still counts, while a course without one needs a signature to the version in effect.
 */
public final class ConsentRequirement {

    private ConsentRequirement() {
    }

    /**
     * Empty when the client may be checked in as far as consent goes, otherwise the problem to show.
     *
     * @param consents every consent record of the client
     * @param inEffect the template in effect on the check-in date, named in the refusal
     */
    public static Optional<ConsentProblem> forCheckIn(List<ConsentRecord> consents, ClientId client, CourseId course,
                                                      TreatmentCategory category, Instant at,
                                                      Optional<ConsentTemplate> inEffect) {
        if (consents.stream().anyMatch(c -> c.supportsCheckIn(client, course, category, at))) {
            return Optional.empty();
        }
        if (inEffect.isEmpty()) {
            return Optional.of(new ConsentProblem(ConsentProblem.Reason.NO_TEMPLATE_IN_EFFECT,
                    "There is no consent form in effect for this treatment yet, so the client cannot be checked in."));
        }
        return Optional.of(new ConsentProblem(ConsentProblem.Reason.CONSENT_NOT_SIGNED,
                "The client must sign version " + inEffect.get().version() + " of the consent form \""
                        + inEffect.get().title() + "\" before check-in."));
    }
}
