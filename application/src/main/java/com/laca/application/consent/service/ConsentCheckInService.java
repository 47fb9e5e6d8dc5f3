package com.laca.application.consent.service;

import com.laca.application.booking.port.out.CheckInGateway;
import com.laca.application.clinic.port.out.LocationRepository;
import com.laca.application.clinic.port.out.TreatmentRepository;
import com.laca.application.consent.port.out.ConsentAuditGateway;
import com.laca.application.consent.port.out.ConsentEvent;
import com.laca.application.consent.port.out.ConsentRecordRepository;
import com.laca.application.consent.port.out.ConsentTemplateRepository;
import com.laca.domain.booking.Appointment;
import com.laca.domain.booking.AppointmentDetails;
import com.laca.domain.clinic.Location;
import com.laca.domain.clinic.Treatment;
import com.laca.domain.clinic.TreatmentCategory;
import com.laca.domain.consent.ConsentProblem;
import com.laca.domain.consent.ConsentRequirement;
import com.laca.domain.consent.ConsentTemplate;
import com.laca.domain.consent.ConsentTemplates;
import com.laca.domain.shared.TenantId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The consent rule at the front desk: a client is checked in for a treatment whose category needs consent only once
 * they have signed (and not withdrawn) a consent for that course; every check-in is written to the clinical audit log.
 */
public final class ConsentCheckInService implements CheckInGateway {

    /** The problem reason a refused check-in carries when the consent is not signed. */
    public static final String CONSENT_MISSING = "CONSENT_MISSING";
    /** The problem reason when no consent form is in effect for the treatment at all. */
    public static final String CONSENT_TEMPLATE_MISSING = "CONSENT_TEMPLATE_MISSING";

    private final ConsentTemplateRepository templates;
    private final ConsentRecordRepository consents;
    private final TreatmentRepository treatments;
    private final LocationRepository locations;
    private final ConsentAuditGateway audit;

    public ConsentCheckInService(ConsentTemplateRepository templates, ConsentRecordRepository consents,
                                 TreatmentRepository treatments, LocationRepository locations,
                                 ConsentAuditGateway audit) {
        this.templates = Objects.requireNonNull(templates, "templates");
        this.consents = Objects.requireNonNull(consents, "consents");
        this.treatments = Objects.requireNonNull(treatments, "treatments");
        this.locations = Objects.requireNonNull(locations, "locations");
        this.audit = Objects.requireNonNull(audit, "audit");
    }

    @Override
    public Optional<Refusal> refuse(TenantId tenant, Appointment appointment, Instant now) {
        AppointmentDetails details = appointment.details();
        Optional<TreatmentCategory> category = treatments.find(details.treatment()).map(Treatment::category);
        if (category.isEmpty() || !category.get().clinicalProfile().consent()) {
            return Optional.empty();
        }
        Location location = locations.find(details.location()).orElseThrow();
        LocalDate today = LocalDate.ofInstant(now, location.zone());
        Optional<ConsentTemplate> inEffect = new ConsentTemplates(templates.all())
                .effective(category.get(), location.jurisdiction().code(), today);
        return ConsentRequirement.forCheckIn(consents.ofClient(details.client()), details.client(),
                        ConsentService.courseOf(details.id()), category.get(), now, inEffect)
                .map(problem -> problem.reason() == ConsentProblem.Reason.NO_TEMPLATE_IN_EFFECT
                        ? new Refusal(CONSENT_TEMPLATE_MISSING, "There is no consent form in effect for this treatment "
                                + "in " + location.jurisdiction().displayName() + " (" + location.jurisdiction().code()
                                + ", the location's jurisdiction) yet, so the client cannot be checked in.")
                        : new Refusal(CONSENT_MISSING, problem.message()));
    }

    @Override
    public void checkedIn(TenantId tenant, Appointment appointment, String actor, Instant at) {
        AppointmentDetails details = appointment.details();
        audit.record(tenant, ConsentEvent.CHECKED_IN, "appointment:" + details.id(), actor,
                Map.of("client", details.client().toString(), "treatment", details.treatment().toString()));
    }
}
