package com.laca.domain.records;

import com.laca.domain.booking.AppointmentStatus;
import com.laca.domain.shared.PractitionerId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The rules a treatment record entry must pass to be signed: a completed appointment, signed by who treated, no
 * product past its expiry on the treatment date, doses only at the category's sites and in its unit, and the
 * technique and aftercare an injectable treatment must document.
 */
public final class TreatmentRecordSigning {

    private TreatmentRecordSigning() {
    }

    /** Signs the original entry for a completed appointment; every problem is reported at once. */
    public static SigningResult signOriginal(TreatmentRecordId id, TreatmentContext context,
                                             AppointmentStatus appointmentStatus, TreatmentDetails details,
                                             PractitionerId signer, Instant at) {
        List<SigningProblem> problems = new ArrayList<>();
        if (appointmentStatus != AppointmentStatus.COMPLETED) {
            problems.add(new SigningProblem(SigningProblem.Code.APPOINTMENT_NOT_COMPLETED,
                    "the appointment is " + appointmentStatus + "; a treatment record is signed once it is COMPLETED"));
        }
        if (!signer.equals(context.practitioner())) {
            problems.add(new SigningProblem(SigningProblem.Code.NOT_THE_TREATING_PRACTITIONER,
                    "the record is signed by the practitioner who treated"));
        }
        problems.addAll(problemsWith(context, details));
        return problems.isEmpty()
                ? new SigningResult.Signed(new TreatmentRecord(id, context, details, new Signature(signer, at),
                        Optional.empty()))
                : new SigningResult.Refused(problems);
    }

    /** The problems {@code details} would have as a record of {@code context}; empty when it may be signed. */
    public static List<SigningProblem> problemsWith(TreatmentContext context, TreatmentDetails details) {
        List<SigningProblem> problems = new ArrayList<>();
        for (ProductUse product : details.products()) {
            if (product.isExpiredOn(context.treatedOn())) {
                problems.add(new SigningProblem(SigningProblem.Code.PRODUCT_EXPIRED,
                        product.product() + " batch " + product.lot() + " expired on " + product.expiresOn()
                                + ", before the treatment on " + context.treatedOn()));
            }
            problems.addAll(doseProblems(context, product));
        }
        if (InjectionSites.isInjectable(context.category())) {
            if (details.allDoses().isEmpty()) {
                problems.add(new SigningProblem(SigningProblem.Code.DOSE_REQUIRED,
                        "an injectable treatment charts at least one product with its doses"));
            }
            if (details.technique().isEmpty()) {
                problems.add(new SigningProblem(SigningProblem.Code.TECHNIQUE_REQUIRED,
                        "technique is required for an injectable treatment"));
            }
            if (details.aftercare().isEmpty()) {
                problems.add(new SigningProblem(SigningProblem.Code.AFTERCARE_REQUIRED,
                        "the aftercare advice given is required for an injectable treatment"));
            }
        }
        details.followUp().filter(followUp -> followUp.on().isBefore(context.treatedOn())).ifPresent(followUp ->
                problems.add(new SigningProblem(SigningProblem.Code.FOLLOW_UP_BEFORE_TREATMENT,
                        "the follow-up on " + followUp.on() + " is before the treatment on " + context.treatedOn())));
        return List.copyOf(problems);
    }

    private static List<SigningProblem> doseProblems(TreatmentContext context, ProductUse product) {
        List<SigningProblem> problems = new ArrayList<>();
        Set<InjectionSite> allowed = InjectionSites.forCategory(context.category());
        Optional<DoseUnit> unit = InjectionSites.unitFor(context.category());
        Set<String> charted = new HashSet<>();
        for (SiteDose dose : product.doses()) {
            if (!allowed.contains(dose.site())) {
                problems.add(new SigningProblem(SigningProblem.Code.SITE_NOT_IN_CATEGORY,
                        dose.site().label() + " is not a site for " + context.category()));
            } else if (unit.filter(u -> u == dose.dose().unit()).isEmpty()) {
                problems.add(new SigningProblem(SigningProblem.Code.WRONG_DOSE_UNIT,
                        product.product() + " at " + dose.site().label() + " is charted in " + dose.dose().unit()
                                + "; " + context.category() + " doses are in " + unit.orElseThrow()));
            }
            boolean clash = !charted.add(dose.site() + "/" + dose.side())
                    || (dose.side() == Side.WHOLE
                            && (charted.contains(dose.site() + "/" + Side.LEFT)
                                    || charted.contains(dose.site() + "/" + Side.RIGHT)))
                    || (dose.side() != Side.WHOLE && charted.contains(dose.site() + "/" + Side.WHOLE));
            if (clash) {
                problems.add(new SigningProblem(SigningProblem.Code.SITE_CHARTED_TWICE,
                        product.product() + " at " + dose.site().label() + " is charted more than once; chart "
                                + "either the whole area or each side, once"));
            }
        }
        return problems;
    }
}
