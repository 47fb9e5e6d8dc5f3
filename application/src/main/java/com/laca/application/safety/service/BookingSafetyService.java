package com.laca.application.safety.service;

import com.laca.application.booking.port.out.BookingSafetyGateway;
import com.laca.application.booking.port.out.SafetyGateRequest;
import com.laca.application.safety.port.out.ClinicalRecordRepository;
import com.laca.application.safety.port.out.JurisdictionsSource;
import com.laca.application.safety.port.out.RuleSetSource;
import com.laca.domain.booking.Client;
import com.laca.domain.clinic.ClinicalProfile;
import com.laca.domain.clinic.TreatmentCategory;
import com.laca.domain.consent.ConsentTemplates;
import com.laca.domain.consent.CourseId;
import com.laca.domain.safety.ClientSafetyFacts;
import com.laca.domain.safety.DoctorsDirection;
import com.laca.domain.safety.LocationSafetyFacts;
import com.laca.domain.safety.PractitionerSafetyFacts;
import com.laca.domain.safety.SafetyCase;
import com.laca.domain.safety.SafetyReason;
import com.laca.domain.safety.SafetySettings;
import com.laca.domain.safety.SafetyStage;
import com.laca.domain.safety.SafetyVerdict;
import com.laca.domain.safety.TreatmentSafetyPolicy;
import com.laca.domain.scheduling.BookingGate;
import com.laca.domain.scheduling.GateRefusal;
import com.laca.domain.shared.ClientId;
import com.laca.domain.shared.PractitionerId;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Puts the one {@link TreatmentSafetyPolicy} inside the booking check: for each booking (public or staff) and each
 * move, it loads what is known about the client once and answers the engine's gate with the policy's verdict, so an
 * under-18 toxin booking, a contraindicated client or a toxin booking without a face-to-face prescriber consultation
 * is refused before anything is written, with a reason anyone booking may read; the law applied is that of the
 * booking's location.
 */
public final class BookingSafetyService implements BookingSafetyGateway {

    private final RuleSetSource rules;
    private final JurisdictionsSource jurisdictions;
    private final ClinicalRecordRepository records;
    private final SafetySettings defaults;

    /**
     * @param rules         the contraindication rules in force
     * @param jurisdictions the law for each jurisdiction a location may be in
     * @param records       the client's stored clinical facts (screenings, decisions, consultations, prescriptions,
     *                      ID checks, directions), the licences and the tenant's settings, read in the booking's
     *                      transaction
     * @param defaults      the safety windows and switches of a tenant that stored none
     */
    public BookingSafetyService(RuleSetSource rules, JurisdictionsSource jurisdictions,
                                ClinicalRecordRepository records, SafetySettings defaults) {
        this.rules = Objects.requireNonNull(rules, "rules");
        this.jurisdictions = Objects.requireNonNull(jurisdictions, "jurisdictions");
        this.records = Objects.requireNonNull(records, "records");
        this.defaults = Objects.requireNonNull(defaults, "defaults");
    }

    /**
     * Consent is decided by the consent area at check-in (it holds the forms and signatures), so the policy's own
     * consent refusals, asked here without them, are left out rather than refusing every check-in.
     */
    private static final Set<SafetyReason> CONSENT_REASONS = EnumSet.of(SafetyReason.CONSENT_NOT_SIGNED,
            SafetyReason.CONSENT_TEMPLATE_MISSING);

    @Override
    public BookingGate gateFor(SafetyGateRequest request) {
        TreatmentCategory category = request.treatment().category();
        if (category.clinicalProfile().equals(ClinicalProfile.nonClinical())) {
            return BookingGate.NONE;
        }
        ClientSafetyFacts facts = facts(request);
        SafetySettings settings = records.settings().orElse(defaults);
        boolean licensing = settings.licensingEnforced() && category.clinicalProfile().licensedProcedure();
        LocationSafetyFacts where = new LocationSafetyFacts(request.location().id(), request.location().zone(),
                jurisdictions.current().of(request.location().jurisdiction()),
                licensing ? records.premisesLicence(request.location().id()).stream().toList() : List.of());
        SafetyStage stage = switch (request.stage()) {
            case BOOKING -> SafetyStage.BOOKING;
            case RESCHEDULE -> SafetyStage.RESCHEDULE;
            case CHECK_IN -> SafetyStage.CHECK_IN;
        };
        TreatmentSafetyPolicy policy = new TreatmentSafetyPolicy(rules.current(), settings,
                new ConsentTemplates(List.of()));
        CourseId course = CourseId.random();
        Map<PractitionerId, PractitionerSafetyFacts> practitioners = new HashMap<>();
        return (practitioner, start) -> {
            PractitionerSafetyFacts who = practitioners.computeIfAbsent(practitioner, id ->
                    new PractitionerSafetyFacts(id, licensing ? records.practitionerLicence(id).stream().toList()
                            : List.of()));
            SafetyVerdict verdict = policy.check(new SafetyCase(stage, facts, category, course,
                    Optional.of(who), where, start, request.now()));
            if (verdict instanceof SafetyVerdict.Refused refused) {
                return refused.reasons().stream().filter(r -> !CONSENT_REASONS.contains(r.reason())).findFirst()
                        .map(r -> new GateRefusal(r.reason().name(), r.explanation(), r.allowedFrom()));
            }
            return Optional.empty();
        };
    }

    /**
     * What is stored about the client (nothing for a first booking), with the younger date of birth; a doctor's
     * direction is left out of a public request, so only staff can book an under-age client on one.
     */
    private ClientSafetyFacts facts(SafetyGateRequest request) {
        Optional<LocalDate> dateOfBirth = younger(request.client().map(Client::dateOfBirth),
                request.statedDateOfBirth());
        if (request.client().isEmpty()) {
            return ClientSafetyFacts.newClient(ClientId.random(), dateOfBirth);
        }
        ClientId client = request.client().get().id();
        List<DoctorsDirection> directions = request.channel() == SafetyGateRequest.Channel.STAFF
                ? records.directionsOf(client) : List.of();
        return new ClientSafetyFacts(client, dateOfBirth, records.screeningsOf(client), records.decisionsOf(client),
                records.consultationsOf(client), records.prescriptionsOf(client), records.idChecksOf(client),
                directions, List.of());
    }

    /** The later (younger) of two dates of birth, so a typed date can never make a minor look older than recorded. */
    static Optional<LocalDate> younger(Optional<LocalDate> recorded, Optional<LocalDate> stated) {
        return Stream.of(recorded, stated).flatMap(Optional::stream).max(LocalDate::compareTo);
    }
}
